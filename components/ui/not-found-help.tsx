import Form from 'next/form';
import Link from 'next/link';

/** What to do after a 404: search the roadmap (a GET form to `/`) or browse. */
export function NotFoundHelp() {
  return (
    <div className="space-y-4">
      <Form
        action="/"
        role="search"
        aria-label="Search the roadmap"
        className="flex max-w-lg flex-wrap gap-2"
      >
        <label htmlFor="not-found-q" className="sr-only">
          Identifier or words to search for
        </label>
        <input
          id="not-found-q"
          name="q"
          type="search"
          placeholder="e.g. Y.3101, TS 23.501, network slicing"
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm placeholder:text-slate-500"
        />
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 text-sm font-medium text-white"
        >
          Search
        </button>
      </Form>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <li>
          <Link href="/">The roadmap</Link>
        </li>
        <li>
          <Link href="/groups">Groups</Link>
        </li>
        <li>
          <Link href="/liaisons">Liaison statements</Link>
        </li>
        <li>
          <Link href="/about">About the roadmap</Link>
        </li>
      </ul>
    </div>
  );
}
