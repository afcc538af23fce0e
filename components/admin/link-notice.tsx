import { CopyLink } from './copy-link';

/** After creating a user or a new password link: the link to send, or that it was e-mailed. */
export function LinkNotice({
  id,
  email,
  link,
  mailed,
}: {
  id: string;
  email?: string;
  link?: string;
  mailed?: boolean;
}) {
  if (!link) return null;
  return (
    <div role="status" className="space-y-2 rounded border border-green-200 bg-green-50 p-3">
      <p className="text-sm text-green-900">
        {mailed
          ? `We e-mailed ${email} a link to set their password. You can also send this one:`
          : `Send ${email} this link to set their password (it works once, for three days):`}
      </p>
      <CopyLink id={id} label={`Password link for ${email}`} link={link} />
    </div>
  );
}
