import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiParameters } from '@/components/about/api-parameters';
import { LifecycleTables } from '@/components/about/lifecycle-table';
import { StudyGroupRoles } from '@/components/about/study-group-roles';
import { Section } from '@/components/ui/section';

// No database access: the page is rendered once at build time.
export const dynamic = 'force-static';

export const metadata: Metadata = {
  title: 'About the roadmap',
  description:
    'What the IMT roadmap is, why WTSA Resolution 92 asks ITU-T Study Group 13 and JCA-IMT2020 to keep it, how to read it and how to download its data.',
};

const prose = 'max-w-3xl space-y-3 text-sm leading-6 text-slate-800 [&_a]:underline';

export default function AboutPage() {
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-slate-900">About the IMT roadmap</h1>
        <p className="max-w-3xl text-slate-700">
          The roadmap of standardization of the non-radio aspects of IMT-2020 and IMT-2030: which
          Recommendations, specifications and RFCs are planned, in progress or published, in ITU-T study
          groups and in other bodies (3GPP, ETSI, IETF, IEEE, BBF, O-RAN), and how they relate to each other.
        </p>
      </header>

      <Section id="resolution" title="Why it exists: WTSA Resolution 92">
        <div className={prose}>
          <p>
            Resolution 92 of the World Telecommunication Standardization Assembly, “Enhancing the
            standardization activities in the ITU Telecommunication Standardization Sector related to
            non-radio aspects of international mobile telecommunications” (Hammamet, 2016; revised Geneva,
            2022 and New Delhi, 2024), instructs ITU-T Study Group 13, the lead study group, among other
            things:
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              “to maintain the roadmap of, and continue promoting, IMT standardization activities in ITU‑T”,
              covering work items on the non-radio aspects of IMT-2020 and IMT-2030, and to share it with
              ITU-R, ITU-D and external organizations, in particular through the Joint Coordination Activity
              JCA-IMT2020;
            </li>
            <li>
              “to maintain and update on an annual basis the supplement to the ITU-T Recommendation containing
              the current version of the IMT-2020 and IMT-2030 standardization roadmap”;
            </li>
            <li>
              to continue, through JCA-IMT2020, coordinating IMT standardization among all relevant study
              groups, focus groups and other standards development organizations.
            </li>
          </ul>
          <p>
            Keeping the work of many groups in one place serves the purpose the resolution was proposed for in
            2016: to “avoid the duplication and ensure full alignment and harmonization of the work
            programmes” of ITU, 3GPP and other SDOs. This site replaces the spreadsheets in which the roadmap
            was kept; the annual supplement can be drawn from its data.
          </p>
          <p className="text-xs text-slate-600">
            Summarized from the text of the 2024 revision; the resolution as published by ITU is
            authoritative.
          </p>
        </div>
      </Section>

      <Section id="study-groups" title="Study groups and their roles">
        <StudyGroupRoles />
      </Section>

      <Section id="reading" title="How to read the roadmap">
        <div className={prose}>
          <p>
            <strong>Stages and statuses.</strong> Each body approves its documents in its own way, so every
            item keeps its <em>native status</em> (for example “Consented” under ITU-T’s alternative approval
            process, “Under change control” in 3GPP, “In WG last call” in the IETF). Each native status maps
            to one <em>common stage</em> (Planned, Drafting, Under approval, Approved / published, Withdrawn,
            Superseded), so that work can be compared and filtered across bodies. The stage is always written
            out, never shown by colour alone.
          </p>
          <p>
            <strong>Approval processes.</strong> ITU-T Recommendations follow the alternative approval process
            (AAP, Recommendation ITU-T A.8) or the traditional approval process (TAP); Supplements, Technical
            Papers and Technical Reports are agreed; 3GPP specifications move from draft versions to change
            control; IETF documents go from Internet-Draft to RFC; other bodies’ stages are recorded under
            their usual names.
          </p>
          <p>
            <strong>IMT generations.</strong> Each item is marked as concerning IMT-2020 (5G), IMT-2030 (6G)
            or both.
          </p>
          <p>
            <strong>Identifiers.</strong> An item is known by its working name (for example “Y.IMT2030-arch”)
            until it receives its final number (“Y.3101”, “TS 23.501”, “RFC 9543”). Links to a former
            identifier keep working and lead to the item under its current one.
          </p>
          <p>
            <strong>Dates</strong> (start, target, approval or publication, liaison deadlines) are calendar
            dates in UTC, shown as such whatever your time zone.
          </p>
        </div>
        <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-800">
          Native statuses and their common stages
        </h3>
        <LifecycleTables />
      </Section>

      <Section id="data" title="Downloading the data">
        <div className={prose}>
          <p>Every view of the roadmap can be shared as a link and downloaded with the same filters:</p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              CSV (opens in a spreadsheet): <a href="/api/items.csv">/api/items.csv</a>, for example{' '}
              <a href="/api/items.csv?body=itu-t&generation=imt-2030">
                /api/items.csv?body=itu-t&amp;generation=imt-2030
              </a>
            </li>
            <li>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON route handler, not a page */}
              JSON, one page of items: <a href="/api/items">/api/items</a>
            </li>
            <li>
              JSON, one item with its history, relations and liaison statements:{' '}
              <code className="font-mono">/api/items/&lt;identifier&gt;</code>, for example{' '}
              <a href="/api/items/Y.3101">/api/items/Y.3101</a>
            </li>
          </ul>
          <p>
            Parameters accept several values, comma-separated (
            <code className="font-mono">stage=drafting,under-approval</code>) or repeated; an invalid value is
            answered with an error naming the parameter. The same parameters work on the{' '}
            <Link href="/">roadmap page</Link>.
          </p>
        </div>
        <h3 className="mt-4 mb-2 text-sm font-semibold text-slate-800">Query parameters</h3>
        <ApiParameters />
      </Section>
    </div>
  );
}
