# One image for the three apps and the migration job; docker-compose.yml picks the command.
# TypeScript runs directly through the SWC register hook (scripts/register.cjs), so dev dependencies stay.
FROM node:20-slim
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm cache clean --force

COPY tsconfig.base.json tsconfig.json ./
COPY scripts ./scripts
COPY libs ./libs
COPY apps ./apps
COPY migrations ./migrations

# var/ holds the data plane's generated TLS certificate.
RUN mkdir -p var/tls && chown -R node:node var
USER node
ENV NODE_ENV=production
EXPOSE 4566 4443 4567
CMD ["node", "-r", "./scripts/register.cjs", "apps/control-plane/src/main.ts"]
