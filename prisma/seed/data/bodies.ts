// The standards bodies of the demo roadmap, in display order: the ITU Sectors first, then the
// partner organizations Resolution 92 asks ITU-T to work with.
import type { BodySeed } from '../types.ts';

export const BODIES: readonly BodySeed[] = [
  {
    slug: 'itu-t',
    name: 'ITU-T',
    fullName: 'ITU Telecommunication Standardization Sector',
    url: 'https://www.itu.int/en/ITU-T/',
  },
  {
    slug: 'itu-r',
    name: 'ITU-R',
    fullName: 'ITU Radiocommunication Sector',
    url: 'https://www.itu.int/en/ITU-R/',
  },
  {
    slug: 'itu-d',
    name: 'ITU-D',
    fullName: 'ITU Telecommunication Development Sector',
    url: 'https://www.itu.int/en/ITU-D/',
  },
  { slug: '3gpp', name: '3GPP', fullName: '3rd Generation Partnership Project', url: 'https://www.3gpp.org' },
  { slug: 'ietf', name: 'IETF', fullName: 'Internet Engineering Task Force', url: 'https://www.ietf.org' },
  {
    slug: 'etsi',
    name: 'ETSI',
    fullName: 'European Telecommunications Standards Institute',
    url: 'https://www.etsi.org',
  },
  { slug: 'ieee', name: 'IEEE', fullName: 'IEEE Standards Association', url: 'https://standards.ieee.org' },
  { slug: 'bbf', name: 'BBF', fullName: 'Broadband Forum', url: 'https://www.broadband-forum.org' },
  { slug: 'o-ran', name: 'O-RAN', fullName: 'O-RAN ALLIANCE', url: 'https://www.o-ran.org' },
];
