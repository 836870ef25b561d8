import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';
import { of, Subject, throwError } from 'rxjs';
import { Notify } from '../../core/notify';
import { serverError } from '../server-errors';
import { DialogSave } from './dialog-save';

describe('DialogSave', () => {
  let ref: jasmine.SpyObj<MatDialogRef<unknown>>;
  let notify: jasmine.SpyObj<Notify>;

  function setup() {
    ref = jasmine.createSpyObj<MatDialogRef<unknown>>('MatDialogRef', ['close']);
    notify = jasmine.createSpyObj<Notify>('Notify', ['error', 'ok']);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: MatDialogRef, useValue: ref }, { provide: Notify, useValue: notify }],
    });
    const form = new FormGroup({ name: new FormControl('', { nonNullable: true, validators: Validators.required }) });
    const save = TestBed.runInInjectionContext(() => new DialogSave<{ id: number }>());
    return { form, save };
  }
  const failure = (status: number, body: object) => throwError(() => new HttpErrorResponse({ status, error: { status, ...body } }));

  it('refuses an invalid form and shows every complaint, and a second submit while saving', () => {
    const { form, save } = setup();
    expect(save.ready(form)).toBeFalse();
    expect(form.controls.name.touched).toBeTrue();
    form.controls.name.setValue('王芳');
    expect(save.ready(form)).toBeTrue();
    save.run(new Subject<{ id: number }>(), form);
    expect(save.busy()).toBeTrue();
    expect(save.ready(form)).toBeFalse();
  });

  it('closes with what the server saved', () => {
    const { form, save } = setup();
    save.run(of({ id: 7 }), form);
    expect(ref.close).toHaveBeenCalledWith({ id: 7 });
  });

  it('closes as stale on a versioned edit that lost the race, and only there', () => {
    const { form, save } = setup();
    const stale = { type: 'https://portal.example/problems/stale-version' };
    save.run(failure(409, stale), form, { stale: true });
    expect(ref.close).toHaveBeenCalledWith('stale');
    ref.close.calls.reset();
    save.run(failure(409, stale), form);
    expect(ref.close).not.toHaveBeenCalled();
    expect(notify.error).toHaveBeenCalled();
  });

  it('puts field errors under their fields (through aliases) and tells the rest', () => {
    const { form, save } = setup();
    save.run(failure(409, { errors: [{ path: 'users_name_unique', message: '已被使用' }] }), form, { aliases: { users_name_unique: 'name' } });
    expect(serverError(form.controls.name)).toBe('已被使用');
    expect(notify.error).not.toHaveBeenCalled();
    expect(save.busy()).toBeFalse();
    save.run(failure(500, { detail: 'boom' }), form);
    expect(notify.error).toHaveBeenCalledTimes(1);
  });

  it('stays open and hands the record over when told what to do with it', () => {
    const { form, save } = setup();
    const done = jasmine.createSpy('done');
    save.run(of({ id: 8 }), form, { done });
    expect(done).toHaveBeenCalledWith({ id: 8 });
    expect(ref.close).not.toHaveBeenCalled();
    expect(save.busy()).toBeFalse();
  });
});
