/* capture/engine.h: placeholder. */
#ifndef PP_ENGINE_H
#define PP_ENGINE_H
#endif
