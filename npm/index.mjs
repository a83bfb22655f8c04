// gymhook for Node as an ES module: the CommonJS entry's functions (one engine instance for both).
import gymhook from "./index.cjs";

export const { check, verifyPerfectGymSignature, generate, GymhookError, MAX_INPUT_BYTES } = gymhook;
