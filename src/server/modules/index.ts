import type { ServiceModule } from './module.ts';
import { healthModule } from './health/index.ts';
import { authModule } from '../auth/index.ts';
import { mailModule } from '../mail/index.ts';
import { territoriesModule } from './territories/index.ts';
import { requestsModule } from './requests/index.ts';
import { absencesModule } from './absences/index.ts';
import { peopleModule } from './people/index.ts';
import { adminModule } from './admin/index.ts';
import { personalDataModule } from './personal-data/index.ts';
import { satisfactionModule } from './satisfaction/index.ts';
import { reportsModule } from './reports/index.ts';
import { orientationModule } from './orientation/index.ts';
import { appointmentsModule } from './appointments/index.ts';
import { collectiveSessionsModule } from './collective-sessions/index.ts';
import { phoneLineModule } from './phone-line/index.ts';
import { keyDatesModule } from './key-dates/index.ts';
import { newslettersModule } from './newsletters/index.ts';
import { knowledgeBaseModule } from './knowledge-base/index.ts';

/** Every module of ProxiRH, cross-cutting ones (sign-in, mail) included. A new module is one line here. */
export const MODULES: readonly ServiceModule[] = [
  healthModule,
  authModule,
  mailModule,
  territoriesModule,
  requestsModule,
  absencesModule,
  peopleModule,
  adminModule,
  personalDataModule,
  satisfactionModule,
  reportsModule,
  orientationModule,
  appointmentsModule,
  collectiveSessionsModule,
  phoneLineModule,
  keyDatesModule,
  newslettersModule,
  knowledgeBaseModule,
];
