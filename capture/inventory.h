/* capture/inventory.h: placeholder. */
#ifndef PP_INVENTORY_H
#define PP_INVENTORY_H
#endif
