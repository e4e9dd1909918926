import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { invalid } from '../../errors/app-error.ts';
import { IdParams } from './schemas.ts';
import { addAttachment, readAttachment } from './attachments.ts';

export async function attachmentRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.post('/api/requests/:id/attachments', {
    config: { access: { ability: 'requests.list' } },
    schema: {
      tags: ['demandes'], summary: 'Joindre un fichier (PDF, JPEG, PNG, ODT, DOCX ; 10 Mo ; 5 par demande), champ « file » en multipart',
      consumes: ['multipart/form-data'], params: IdParams,
      response: { 201: Type.Object({ id: Type.String(), filename: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer() }) },
    },
  }, async (request, reply) => {
    const ctx = actionContext(request);
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw invalid([{ field: 'file', message: 'Joignez un fichier dans le champ « file ».' }]);
    const content = await part.toBuffer();
    const created = await db.transaction().execute((trx) => addAttachment(trx, ctx, request.params.id, { filename: part.filename, content }));
    return reply.code(201).send(created);
  });

  app.get('/api/attachments/:id', {
    config: { access: { ability: 'requests.list' } },
    schema: { tags: ['demandes'], summary: 'Télécharger une pièce jointe', params: IdParams },
  }, async (request, reply) => {
    const file = await readAttachment(db, actionContext(request), request.params.id);
    return reply
      .type(file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.content);
  });
}
