'use client';

import { useMemo, useState, useTransition } from 'react';
import { importActualsAction, type ImportSaved } from '@/app/ideas/actuals-actions';
import { inputClass } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { columnMappingSchema, inspectCsv, locateColumns, previewImport, type ColumnMapping, type ColumnMappingInput } from '@/lib/actuals';
import { idle, UNEXPECTED_MESSAGE, type ActionResult } from '@/lib/actions/result';
import { IMPORT_MAX_BYTES, importActualsSchema, importTooLargeMessage, utf8Bytes } from '@/lib/ideas/actuals-schema';
import { formatNumber } from '@/lib/results/format';
import { ImportPreviewView } from './import-preview';
import { chooseMapping, MappingEditor, PRESET_NAMES, type Origin } from './mapping-editor';

type Source = { name: string; text: string };

type Props = {
  ideaId: string;
  /** The Mondays already logged, to say which weeks an import replaces. */
  logged: readonly string[];
  /** The mappings confirmed on this idea's earlier imports, most recent first. */
  remembered: ColumnMapping[];
};

const PASTED = 'Pasted text';

/**
 * Paste or upload a CSV export, say once which column holds what (a
 * mapping this idea used before, or the one a known tool's header gives
 * away, is chosen for you), check the preview, and confirm. The preview is
 * computed here with the import engine; on confirm the server reads the same
 * text again with the same engine and stores every good week, or none.
 */
export function ImportPanel({ ideaId, logged, remembered }: Props) {
  const [pasted, setPasted] = useState('');
  const [source, setSource] = useState<Source | null>(null);
  const [mapping, setMapping] = useState<ColumnMappingInput | null>(null);
  const [origin, setOrigin] = useState<Origin>({ kind: 'manual' });
  const [showMapping, setShowMapping] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult<ImportSaved>>(idle);
  const [pending, startTransition] = useTransition();
  const [fileKey, setFileKey] = useState(0);

  const inspection = useMemo(() => (source ? inspectCsv(source.text) : null), [source]);
  const preview = useMemo(() => (source && mapping ? previewImport([{ name: source.name, text: source.text, mapping }]) : null), [source, mapping]);
  const loggedSet = useMemo(() => new Set(logged), [logged]);

  function read(next: Source) {
    setResult(idle);
    const bytes = utf8Bytes(next.text);
    if (bytes > IMPORT_MAX_BYTES) {
      setProblem(importTooLargeMessage(bytes));
      setSource(null);
      return;
    }
    if (next.text.trim() === '') {
      setProblem('Choose a file or paste its text first.');
      setSource(null);
      return;
    }
    const inspected = inspectCsv(next.text);
    if (!inspected.ok) {
      setProblem(inspected.error);
      setSource(null);
      return;
    }
    setProblem(null);
    setSource(next);
    const chosen = chooseMapping(inspected.header, inspected.detected, remembered);
    setMapping(chosen.mapping);
    setOrigin(chosen.origin);
    setShowMapping(chosen.origin.kind === 'manual');
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    // Refused before reading it whole: a file this large cannot be imported anyway.
    if (file.size > IMPORT_MAX_BYTES) {
      setResult(idle);
      setSource(null);
      setProblem(importTooLargeMessage(file.size));
      return;
    }
    read({ name: file.name, text: await file.text() });
  }

  function reset() {
    setSource(null);
    setMapping(null);
    setPasted('');
    setProblem(null);
    setFileKey((key) => key + 1);
  }

  function confirm(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!source || !mapping || pending) return;
    if (!preview?.ok || preview.preview.weeks.length === 0) {
      setResult({ ...idle, message: preview?.ok ? 'No row of this file can be imported: see the reasons above.' : 'Choose the columns first: see what is missing above.' });
      return;
    }
    const payload = { ideaId, name: source.name, text: source.text, mapping: JSON.stringify(mapping) };
    const checked = importActualsSchema.safeParse(payload);
    if (!checked.success) {
      setResult({ ...idle, message: checked.error.issues[0]?.message ?? 'This import cannot be read.' });
      return;
    }
    const data = new FormData();
    for (const [key, value] of Object.entries(payload)) data.set(key, value);
    startTransition(async () => {
      try {
        const answer = await importActualsAction(idle, data);
        setResult(answer);
        if (answer.ok) reset();
      } catch {
        // The request itself failed (offline, the server restarting): nothing was stored, and the file stays here.
        setResult({ ...idle, message: UNEXPECTED_MESSAGE });
      }
    });
  }

  const weeks = preview?.ok ? preview.preview.weeks.length : 0;
  // The columns the mapping leaves out: a recognised export may have one more worth reading (a sheet's own "Hits").
  const unread = useMemo(() => {
    if (!inspection?.ok || !mapping || !preview?.ok) return [];
    const parsed = columnMappingSchema.safeParse(mapping);
    const located = parsed.success ? locateColumns(parsed.data, inspection.header) : null;
    if (!located?.ok) return [];
    const read = new Set(Object.values(located.index));
    return inspection.header.filter((name, i) => !read.has(i) && name.trim() !== '');
  }, [inspection, mapping, preview]);

  return (
    <div className="space-y-5">
      {result.message && (
        <p role={result.ok ? 'status' : 'alert'} className={`rounded-md border px-4 py-3 text-sm ${result.ok ? 'border-robust/30 bg-robust-soft text-robust' : 'border-fail/40 bg-fail-soft text-fail'}`}>
          {result.message}
        </p>
      )}
      {!source && (
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor="import-file" className="block text-sm font-medium">
              Upload a CSV file
            </label>
            <input
              key={fileKey}
              id="import-file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              onChange={(event) => void readFile(event.target.files?.[0])}
              className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
            />
            <p className="mt-1 text-xs text-muted">
              A Stripe payments export, Gumroad sales, a daily analytics export, or your own sheet of dates and figures. Up to {formatNumber(IMPORT_MAX_BYTES / 1024)} kB.
            </p>
          </div>
          <div>
            <label htmlFor="import-text" className="block text-sm font-medium">
              Or paste its text
            </label>
            <textarea
              id="import-text"
              rows={4}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
              placeholder={'date,visitors,sales\n2026-09-07,110,1'}
              spellCheck={false}
              className={`mt-1 ${inputClass} font-mono text-xs`}
            />
            <button
              type="button"
              onClick={() => read({ name: PASTED, text: pasted })}
              className="mt-2 rounded-md border border-line bg-white px-3 py-1.5 text-sm font-medium hover:bg-paper"
            >
              Preview pasted text
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="text-sm text-fail">
          {problem}
        </p>
      )}
      {source && inspection?.ok && mapping && (
        <form onSubmit={confirm} className="space-y-5" aria-label="Import preview">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="text-sm">
              <span className="font-medium">{source.name}</span>
              <span className="text-muted">
                {' '}
                · {formatNumber(inspection.rowCount)} rows ·{' '}
                {origin.kind === 'remembered'
                  ? 'read with the columns you chose last time'
                  : origin.kind === 'preset'
                    ? `recognised as ${PRESET_NAMES[origin.preset]}`
                    : 'say which column holds what'}
              </span>
            </p>
            <span className="flex gap-2">
              {origin.kind !== 'manual' && (
                <button type="button" onClick={() => setShowMapping((shown) => !shown)} aria-expanded={showMapping} className="text-sm font-medium text-brand underline">
                  {showMapping ? 'Hide the columns' : 'Change the columns'}
                </button>
              )}
              <button type="button" onClick={reset} disabled={pending} className="text-sm font-medium text-brand underline">
                Choose another file
              </button>
            </span>
          </div>
          {showMapping && (
            <div className="rounded-md border border-line bg-paper/60 p-3 sm:p-4">
              <MappingEditor header={inspection.header} sample={inspection.sample} mapping={mapping} onChange={setMapping} />
            </div>
          )}
          {preview && !preview.ok && (
            <ul role="alert" className="space-y-1 text-sm text-fail">
              {preview.errors.map((error, i) => (
                <li key={i}>{error.message}</li>
              ))}
            </ul>
          )}
          {unread.length > 0 && (
            <p className="text-xs text-muted">
              Columns not read: {unread.join(', ')}.{!showMapping && ' To read one, change the columns.'}
            </p>
          )}
          {preview?.ok && <ImportPreviewView preview={preview.preview} logged={loggedSet} />}
          <div className="flex flex-wrap items-center gap-3">
            <SubmitButton pending={pending} pendingText="Importing…">
              {weeks > 0 ? `Confirm: import ${formatNumber(weeks)} ${weeks === 1 ? 'week' : 'weeks'}` : 'Confirm import'}
            </SubmitButton>
            <p className="text-xs text-muted">All of these weeks are stored, or none: nothing is half-imported.</p>
          </div>
        </form>
      )}
    </div>
  );
}
