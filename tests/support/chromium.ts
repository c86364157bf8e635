export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bot/src/dev/chromium-launch';
