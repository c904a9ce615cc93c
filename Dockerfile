# posgate: the simulator, the fault proxy, the reference register and the harness in one image.
# The TypeScript sources run through tsx (bin/posgate.js registers it), so there is no build step;
# devDependencies are installed too (the harness runs Cucumber).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 7080 8474
CMD ["node", "bin/posgate.js", "--help"]
