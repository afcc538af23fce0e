// The roles Resolution 92 (rev. New Delhi, 2024) gives each ITU-T study group on IMT, in short.

const ROLES: { group: string; role: string }[] = [
  {
    group: 'SG13 (lead study group)',
    role: 'Maintains this roadmap and its annual supplement; coordinates through JCA-IMT2020; network requirements and architecture: network softwarization (non-radio aspects of cloud and open radio access networks, multi-access edge computing), network slicing, capability openness and exposure, management and orchestration, terrestrial and non-terrestrial (satellite) convergence, QoS mechanisms, digital twin networks, autonomous networks, emerging network technologies and machine learning.',
  },
  {
    group: 'SG2',
    role: 'Numbering, naming, addressing and identification (NNAI), and operational aspects such as operation, management and maintenance.',
  },
  { group: 'SG3', role: 'Regulatory and economic questions relevant to IMT.' },
  {
    group: 'SG5',
    role: 'Environmental requirements: energy efficiency, minimizing energy consumption, efficient deployment and operation, and e-waste management for sustainability.',
  },
  {
    group: 'SG11',
    role: 'Signalling requirements, protocols and testing: frameworks, specifications, methodologies, capabilities and interoperability.',
  },
  { group: 'SG12', role: 'Service, quality of service (QoS) and quality of experience.' },
  {
    group: 'SG15',
    role: 'Transport networks (fronthaul and backhaul): requirements, architecture, function and performance, enabling technologies, management and control, synchronization.',
  },
  {
    group: 'Vehicular multimedia study group',
    role: 'Future vehicular multimedia systems, assisted and autonomous driving: use cases, application and network requirements, functions, QoS and interfaces.',
  },
  {
    group: 'SG17',
    role: 'Security and resilience of end devices, networks and applications, including the trust framework; maintains the IMT-2020 and IMT-2030 security standardization roadmap (a Technical Paper) and coordinates with ITU-R and other SDOs such as 3GPP SA3.',
  },
  { group: 'SG20', role: 'Smart cities and communities (SC&C) and the Internet of Things (IoT).' },
];

export function StudyGroupRoles() {
  return (
    <div className="space-y-3">
      <p className="max-w-3xl text-sm leading-6 text-slate-800">
        All ITU-T study groups are asked to strengthen collaboration with other standards organizations on IMT
        and to advance the non-radio work efficiently. The resolution gives these groups particular roles:
      </p>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {ROLES.map((r) => (
          <div key={r.group} className="contents">
            <dt className="font-semibold text-slate-900">{r.group}</dt>
            <dd className="mb-2 text-slate-800 sm:mb-0">{r.role}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
