import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AccessKeyRepository } from '@tollgate/persistence';
import { SigV4AuthGuard } from './sigv4-auth.guard';
import { SigV4Strategy } from './sigv4.strategy';
import { SigV4Verifier } from './sigv4-verifier';

@Module({
  imports: [PassportModule],
  providers: [
    SigV4Strategy,
    {
      provide: SigV4Verifier,
      useFactory: (keys: AccessKeyRepository) => new SigV4Verifier((id) => keys.findCredential(id)),
      inject: [AccessKeyRepository],
    },
    { provide: APP_GUARD, useClass: SigV4AuthGuard },
  ],
})
export class AuthModule {}
