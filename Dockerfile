# Haven: multi-stage build; the runtime image runs `haven all` as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY shared ./shared
COPY server ./server
COPY worker ./worker
COPY web ./web
COPY scripts ./scripts
COPY bin ./bin
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Compiled code finds data and the web bundle relative to itself, as the sources do.
COPY --from=build /app/web/dist ./dist/web/dist
COPY --from=build /app/shared/data ./dist/shared/data
COPY --from=build /app/bin ./bin
USER node
# 8080: HTTP; 10110: NMEA over TCP and UDP when AIS_TCP_PORT/AIS_UDP_PORT=10110 are set.
EXPOSE 8080 10110 10110/udp
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "bin/haven.js"]
CMD ["all"]
