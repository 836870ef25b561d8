import { HttpClient, HttpErrorResponse, HttpEventType, type HttpParams, type HttpResponse } from '@angular/common/http';
import { inject, signal } from '@angular/core';
import { Observable, catchError, filter, from, map, switchMap, throwError } from 'rxjs';
import { Notify } from '../core/notify';

// Files the API sends as attachments (quote and rate-card PDF/XLSX, price exports, import
// templates): one parser for their names and one way to hand them to the browser, for every feature.

/** Where a download is: bytes so far (and of how many, when the server says), then the saved file. */
export type DownloadState =
  | { kind: 'progress'; loaded: number; total: number | null }
  | { kind: 'done'; filename: string; size: number };

/**
 * The file name a server gave in Content-Disposition. RFC 6266/5987: `filename*=UTF-8''…`
 * (percent-encoded, how 广告报价表-2026-12-r1.pdf travels) wins over the plain `filename=`.
 */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (star) {
    try {
      const charset = star[1].trim().toLowerCase();
      const value = star[2].trim().replace(/^"|"$/g, '');
      if (charset === 'utf-8' || charset === '') return decodeURIComponent(value);
    } catch {
      // malformed escape: fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;]+)/i.exec(disposition);
  if (plain) {
    const name = (plain[2] ?? plain[1]).replace(/\\(.)/g, '$1').trim();
    if (name) return name;
  }
  return fallback;
}

/** A file the server sent as an attachment, named as it said. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** GETs a file whole (no progress), named by the server's Content-Disposition or else `fallbackName`. */
export function getFile(http: HttpClient, url: string, fallbackName: string, params?: HttpParams | Record<string, string>): Observable<DownloadedFile> {
  return http.get(url, { params, observe: 'response', responseType: 'blob' }).pipe(
    map((res: HttpResponse<Blob>) => ({
      blob: res.body ?? new Blob(),
      filename: filenameFrom(res.headers.get('Content-Disposition'), fallbackName),
    })),
  );
}

/** Hands a downloaded file to the browser under the server's name. */
export function saveFile(file: DownloadedFile): void {
  saveBlob(file.blob, file.filename);
}

/**
 * A page's download buttons (PDF, Excel…): which file is on its way (`busy`, null when none;
 * the buttons wait meanwhile), and `start`, which fetches one, hands it to the browser under
 * the server's name and tells a failure. Create it in an injection context.
 */
export function fileDownloads<K extends string>() {
  const notify = inject(Notify);
  const busy = signal<K | null>(null);
  return {
    busy: busy.asReadonly(),
    start(kind: K, request: Observable<DownloadedFile>): void {
      if (busy()) return;
      busy.set(kind);
      request.subscribe({
        next: (file) => {
          busy.set(null);
          saveFile(file);
        },
        error: (err: unknown) => {
          busy.set(null);
          notify.error(err);
        },
      });
    },
  };
}

/** Hands a blob to the browser as a download with the given name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * GETs a file with progress events, saves it under the server's file name, and ends with 'done'.
 * A refusal arrives as a Blob; it is read back into the problem+json the rest of the app expects.
 */
export function downloadFile(
  http: HttpClient,
  url: string,
  fallbackName: string,
  save: (blob: Blob, filename: string) => void = saveBlob,
): Observable<DownloadState> {
  return http.get(url, { observe: 'events', responseType: 'blob', reportProgress: true }).pipe(
    filter((e) => e.type === HttpEventType.DownloadProgress || e.type === HttpEventType.Response),
    map((e): DownloadState => {
      if (e.type === HttpEventType.DownloadProgress) return { kind: 'progress', loaded: e.loaded, total: e.total ?? null };
      const res = e as HttpResponse<Blob>;
      const blob = res.body ?? new Blob();
      const filename = filenameFrom(res.headers.get('Content-Disposition'), fallbackName);
      save(blob, filename);
      return { kind: 'done', filename, size: blob.size };
    }),
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && err.error instanceof Blob) {
        return from(err.error.text()).pipe(
          switchMap((text) => {
            let body: unknown = null;
            try {
              body = JSON.parse(text);
            } catch {
              body = null;
            }
            return throwError(
              () => new HttpErrorResponse({ error: body, headers: err.headers, status: err.status, statusText: err.statusText, url: err.url ?? undefined }),
            );
          }),
        );
      }
      return throwError(() => err);
    }),
  );
}
