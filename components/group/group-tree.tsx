import Link from 'next/link';
import { GROUP_KIND_LABELS, type GroupTreeNode } from '@/lib/domain/group-tree';

const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

function Node({ node }: { node: GroupTreeNode }) {
  return (
    <li>
      <div className="flex items-baseline gap-4 rounded px-2 py-1.5 hover:bg-slate-50">
        <p className="min-w-0 flex-1">
          <Link href={`/groups/${node.path}`} className="font-medium">
            {node.code}
          </Link>{' '}
          <span className="text-slate-800">{node.name}</span>{' '}
          <span className="text-xs text-slate-600">· {GROUP_KIND_LABELS[node.kind]}</span>
        </p>
        <p className="shrink-0 text-right text-xs text-slate-700 tabular-nums">
          {items(node.totalCount)}
          {node.children.length > 0 && node.ownCount > 0 && node.ownCount !== node.totalCount ? (
            <span className="block text-slate-600">{node.ownCount} directly</span>
          ) : null}
        </p>
      </div>
      {node.children.length > 0 ? <GroupTree nodes={node.children} nested /> : null}
    </li>
  );
}

/** Groups as nested lists, each with its work-item count (subgroups included). */
export function GroupTree({
  nodes,
  nested = false,
  label,
}: {
  nodes: GroupTreeNode[];
  nested?: boolean;
  label?: string;
}) {
  return (
    <ul aria-label={label} className={nested ? 'ml-3 border-l border-slate-200 pl-2 sm:ml-4' : 'text-sm'}>
      {nodes.map((node) => (
        <Node key={node.path} node={node} />
      ))}
    </ul>
  );
}
