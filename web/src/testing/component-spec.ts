import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, type EnvironmentProviders, type Provider, type Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialog, MatDialogRef } from '@angular/material/dialog';
import { Notify } from '../app/core/notify';

/** What a component spec drives: the rendered component, the fake backend, and Notify as a spy. */
export interface ComponentSpec<C> {
  fixture: ComponentFixture<C>;
  http: HttpTestingController;
  notify: jasmine.SpyObj<Notify>;
}

export interface RenderOptions {
  /** Added to, or replacing, the standard providers. */
  providers?: (Provider | EnvironmentProviders)[];
  /** Set before the first render (a component's required inputs). */
  inputs?: Record<string, unknown>;
  /** Put the component in the page, for specs that need focus or layout; the spec removes it. */
  attach?: boolean;
}

/**
 * Renders a standalone component as the app would (zoneless, HttpClient), in Chinese as a new
 * user first sees it, with the backend faked and Notify spied on.
 */
export async function renderComponent<C>(component: Type<C>, options: RenderOptions = {}): Promise<ComponentSpec<C>> {
  localStorage.removeItem('portal.lang');
  const notify = jasmine.createSpyObj<Notify>('Notify', ['error', 'ok']);
  TestBed.configureTestingModule({
    imports: [component],
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: Notify, useValue: notify },
      ...(options.providers ?? []),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(options.inputs ?? {})) fixture.componentRef.setInput(name, value);
  if (options.attach) document.body.appendChild(fixture.nativeElement as HTMLElement);
  await fixture.whenStable();
  return { fixture, http, notify };
}

/** A dialog as MatDialog would open it with `data`; `ref.close` tells what it ended with. */
export async function renderDialog<C, D>(component: Type<C>, data: D): Promise<ComponentSpec<C> & { ref: jasmine.SpyObj<MatDialogRef<C>> }> {
  const ref = jasmine.createSpyObj<MatDialogRef<C>>('MatDialogRef', ['close']);
  const spec = await renderComponent(component, {
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: ref },
    ],
  });
  return { ...spec, ref };
}

/** A page whose dialogs are not opened but recorded: `dialog.open` is a spy the spec answers. */
export async function renderPage<C>(component: Type<C>): Promise<ComponentSpec<C> & { dialog: jasmine.SpyObj<MatDialog> }> {
  const dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open']);
  const spec = await renderComponent(component, { providers: [{ provide: MatDialog, useValue: dialog }] });
  return { ...spec, dialog };
}

/** Typing into, reading from and clicking the rendered form by data-testid, as a user would. */
export function formDriver(fixture: () => ComponentFixture<unknown>) {
  const el = () => fixture().nativeElement as HTMLElement;
  return {
    el,
    type(testid: string, value: string): void {
      const input = el().querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    },
    /** The text of the <mat-error> inside the form field holding this control. */
    errorUnder(testid: string): string {
      return el().querySelector(`[data-testid="${testid}"]`)!.closest('mat-form-field')!.querySelector('mat-error')?.textContent?.trim() ?? '';
    },
    async click(testid: string): Promise<void> {
      el().querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)!.click();
      await fixture().whenStable();
    },
  };
}
