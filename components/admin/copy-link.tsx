'use client';

import { useState } from 'react';
import { inputClass } from '@/components/account/form-parts';

/** A link to hand to someone (invitation, new password), selectable and copyable. */
export function CopyLink({ id, label, link }: { id: string; label: string; link: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        readOnly
        value={link}
        className={`${inputClass} font-mono text-xs`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="rounded border border-slate-400 bg-white px-3 py-2 text-sm hover:bg-slate-100"
        onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
