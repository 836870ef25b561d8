import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';

/**
 * A service spec's setup: HttpClient over the fake backend, the service under test, and the
 * controller that answers its requests (the spec's afterEach calls `http.verify()`).
 */
export function fakeBackend<S>(service: Type<S>): { api: S; http: HttpTestingController } {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(service), http: TestBed.inject(HttpTestingController) };
}
