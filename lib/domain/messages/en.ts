// The English text of every error and field message, as ICU MessageFormat strings keyed by namespace
// (next-intl's shape). Code says msg('errors.workItem.notFound', { identifier }); only formatMessage
// turns that into words. Numbers that are names (years, versions) are passed as text, so that ICU does
// not write them as "2,026".
export const en = {
  errors: {
    /** A text composed elsewhere (zod's own messages, a parser's report), shown as it is. */
    detail: '{detail}',
    internal: 'Something went wrong. Please try again.',
    internalApi: 'An unexpected error occurred',
    invalidField: '{field} {problem}',
    unknownField: 'is not a known field',
    access: {
      signIn: 'Sign in (or send an API token) to make changes',
      forbidden: '{actor} may not do this: {reason}',
      forbiddenFor: '{actor} may not do this for {groups}: {reason}',
      workItemEdit: "only the group's rapporteurs, the coordinators above it and admins edit its work items",
      liaisonEdit:
        'only the rapporteurs and coordinators of the sending or receiving groups, and admins, edit a liaison',
      roadmapCoordinate:
        "only admins and the coordinators of the roadmap's owning groups ({groups}) manage its editions",
      workItemDelete: 'only admins delete work items (withdraw them instead)',
      adminOnly: 'only admins may do this',
    },
    token: {
      header: 'The Authorization header must be "Bearer <API token>"',
      notOurs:
        'This is not an IMT Roadmap API token (they start with "imt_"; create one on your account page)',
      unknown: 'Unknown API token: check it, or create a new one',
      revoked: 'This API token has been revoked',
      expired: 'This API token has expired',
      ownerGone: 'The owner of this API token no longer exists',
      notFound: 'There is no such API token',
      noAccount: 'There is no account for {email}',
    },
    body: {
      notJson: 'Send the body as JSON with Content-Type: application/json',
      notUtf8: 'The body is not valid UTF-8 text',
      empty: 'The body is empty: send a JSON object',
      badJson: 'The body is not valid JSON: {reason}',
      tooLarge: 'The body is larger than {bytes} bytes',
    },
    file: {
      tooLarge: 'The file is larger than {megabytes} MB',
      empty: 'The file is empty',
      notText: 'The file is neither UTF-8 text (CSV) nor an XLSX workbook: save it as "CSV UTF-8" or XLSX',
      binary: 'The file contains binary data: send a CSV (UTF-8) or an XLSX workbook',
      csvUnreadable: 'The CSV cannot be read: {reason}',
      csvUnreadableNear: 'The CSV cannot be read near line {line}: {reason}',
      xlsxNoDirectory: 'The XLSX file is damaged (no ZIP directory)',
      xlsxTooManyParts: 'The XLSX file has too many parts',
      xlsxBadDirectory: 'The XLSX file is damaged (bad ZIP directory)',
      xlsxBadEntry: 'The XLSX file is damaged (bad ZIP entry)',
      xlsxDamagedOrHuge: 'The XLSX file is damaged or expands to more than 200 MB',
      xlsxCompression: 'The XLSX file uses an unsupported ZIP compression',
      xlsxHuge: 'The XLSX file expands to more than 200 MB',
      xlsxUnreadable: 'The file looks like a ZIP but is not a readable XLSX workbook',
      noWorksheet: 'The workbook has no worksheet',
    },
    import: {
      needsGroup: 'give the path of the group to import into',
      noGroup: 'no group has the path "{group}"',
      problems: '{count, plural, one {# problem} other {# problems}} in the file: nothing was imported',
    },
    importPreview: {
      conflicts:
        '{count, plural, one {# line} other {# lines}} of the file changed in the roadmap since the preview (previewToken): nothing was imported; preview the file again',
      expired:
        'This preview has expired (previews are kept for an hour) or was applied already: preview the file again',
      notAToken: 'previewToken is not a token that a preview answered',
      otherFile: 'previewToken names the preview of another file: preview this file first',
      otherOptions: 'previewToken names a preview made with another group or comment: preview again',
    },
    group: {
      ambiguous: '"{wanted}" names several groups ({paths}): give the group\'s path',
      notFound: 'There is no group with the path or code "{wanted}"',
    },
    workItem: {
      notFound: 'No work item has the identifier "{identifier}"',
      groupMissing: 'group "{group}" does not exist',
      topicUnknown: 'topics: "{topic}" is not a known topic',
      statusOfOtherProcess: 'status "{status}" is not a status of the {process} process',
      relationUnknown: 'no work item has the identifier "{identifier}"',
      relationSelf: 'an item cannot be related to itself',
      numberOrName: 'number: give a number or a working name',
      targetBeforeStart: 'targetDate must not be before the start date',
      approvedBeforeStart: 'approvedDate must not be before the start date',
      documentVersion3gpp: 'documentVersion of a 3GPP specification is written like 18.6.0',
      identifierTaken: '{field}: "{identifier}" is already used by another work item',
      identifierFormer:
        '{field}: "{identifier}" is a former identifier of "{holder}", already used by another work item',
      confirmDelete: 'confirm: type the identifier "{identifier}" to delete it',
      versionAhead: 'version {version} does not exist yet: the current version is {current}',
      changedSince: '{changes}',
      cannotMove: 'status: {from} cannot move to "{to}"; allowed next: {allowed}',
      finalStatus: 'status: {from} cannot move to "{to}"; it is a final status',
      dateInFuture: 'date must not be in the future',
      dateBeforePrevious: 'date must not be before the previous status change ({previous})',
    },
    liaison: {
      notFound: 'No liaison statement has the reference "{reference}"',
      groupMissing: '{field}: group "{path}" does not exist',
      replyUnknown: 'inReplyTo: no liaison statement has the reference "{reference}"',
      replySelf: 'inReplyTo: a liaison cannot reply to itself',
      workItemUnknown: 'workItems.{index}: no work item has the identifier "{identifier}"',
      referenceTaken: 'reference: "{reference}" is already recorded',
      deadlineBeforeDate: 'deadline must not be before the date',
    },
    edition: {
      notFound: 'There is no {year} edition',
      notFoundPublished: 'There is no published {year} edition',
      notAYear: '"{value}" is not an edition year such as 2026',
      signInForDraft: 'Sign in as a coordinator to download a draft edition',
      draftForbidden:
        "Only admins and the coordinators of the roadmap's owning groups can download draft editions",
      yearNotFound: 'year: there is no {year} edition',
      publishedYearNotFound: 'year: there is no published {year} edition',
      alreadySigned: 'year: the {edition} is signed already',
      published: 'The {edition} is published and can never change; create a corrigendum to correct it',
      draftChanged: 'version: the draft changed since version {version} (now {current}): reload it',
      alreadyDraft: 'year: the {edition} is already a draft: refresh or publish it',
      alreadyPublished: 'year: the {edition} is published; to correct it, create a corrigendum',
      nothingToCorrect: 'corrigendum: there is no published {year} edition to correct',
      unknownScope: '{field}: unknown {unknown}; known: {known}',
    },
    account: {
      wrongPassword: 'The current password is wrong',
      passwordsDiffer: 'must repeat the new password',
      signInFailed: 'Wrong e-mail address or password.',
      tooManyAttempts: 'Too many attempts. Try again in {wait}.',
      linkExpired: 'This link has expired or was already used. Ask an admin for a new one.',
    },
    user: {
      notFound: 'There is no such user',
      ownAdmin: 'You cannot remove your own admin role: ask another admin',
      emailTaken: 'There is already an account for {email}',
    },
    database: {
      taken: '{field} is already used by another record{constraint}',
      rule: '{field} breaks a rule of the roadmap{constraint}',
      dangling: '{field} points to something that does not exist{constraint}',
      concurrent: 'Another change was being saved at the same moment: try again',
    },
  },
  account: {
    passwordChanged: 'Password changed. Your other sessions are signed out.',
    tokenCreated: 'Token “{name}” created. Copy it now: it is shown only once and cannot be recovered.',
  },
  form: {
    checkFields: 'Not saved: check the fields marked below.',
    nothingSaved: 'Something went wrong on our side; nothing was saved. Try again in a moment.',
    sessionEnded: 'Your session has ended: sign in again (in another tab), then save.',
  },
} as const;
