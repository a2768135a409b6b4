# The API image. Build: docker build -t yrd-graph . ; see docker-compose.yml for the API with Neo4j.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The client package is an npm workspace: npm ci needs its package.json.
COPY package.json package-lock.json ./
COPY packages/client/package.json ./packages/client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The two browser apps, bundled into dist/ by scripts/build-explorer.ts and scripts/build-workbench.ts.
COPY apps ./apps
COPY scripts ./scripts
COPY schema ./schema
COPY seed ./seed
# The query workbench preloads the example operations (scripts/build-workbench.ts).
COPY examples ./examples
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/client/package.json ./packages/client/
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seed ./seed
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/cli/serve.js"]
