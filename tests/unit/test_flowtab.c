/*
 * test_flowtab.c: insert/lookup/remove under load, symmetric keys, idle
 * lists, eviction order, memory reuse.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include <stdlib.h>

#include "flowtab.h"
#include "pp_addr.h"
#include "tap.h"

static void key_of(struct flow_key *k, uint32_t i)
{
  memset(k, 0, sizeof(*k));
  k->family = PP_AF_INET;
  k->proto = 6;
  k->addr[0][0] = 100;
  memcpy(&k->addr[0][1], &i, 3);
  k->addr[1][0] = 198;
  k->port[0] = (uint16_t)(i * 31);
  k->port[1] = 443;
}

int main(void)
{
  struct flowtab_timeouts to = {{60, 300, 10}};
  struct flowtab *t = flowtab_new(50000, 1234, &to);
  struct flow_key k;
  struct flow *f;
  uint32_t i, missing = 0, wrong = 0;
  size_t mem;

  ok(t != NULL, "table created");
  ok(flowtab_new(0, 1, &to) == NULL, "max 0 refused");
  for(i = 0; i < 50000; i++) {
    key_of(&k, i);
    f = flowtab_insert(t, &k, flowtab_hash(t, &k), FLOW_LIST_TCP, i);
    if(!f)
      missing++;
  }
  is_int(missing, 0, "50000 flows inserted");
  key_of(&k, 50000);
  ok(!flowtab_insert(t, &k, flowtab_hash(t, &k), FLOW_LIST_TCP, 0),
     "insert beyond max_flows refused");
  for(i = 0; i < 50000; i++) {
    key_of(&k, i);
    f = flowtab_lookup(t, &k, flowtab_hash(t, &k));
    if(!f || memcmp(&f->key, &k, sizeof(k)))
      wrong++;
  }
  is_int(wrong, 0, "all found again");
  /* remove every other flow, then check the rest (backward shift) */
  for(i = 0; i < 50000; i += 2) {
    key_of(&k, i);
    flowtab_remove(t, flowtab_lookup(t, &k, flowtab_hash(t, &k)));
  }
  wrong = 0;
  for(i = 0; i < 50000; i++) {
    key_of(&k, i);
    f = flowtab_lookup(t, &k, flowtab_hash(t, &k));
    if((i % 2 == 0) != (f == NULL))
      wrong++;
  }
  is_int(wrong, 0, "removals leave the others reachable");
  is_int(flowtab_count(t), 25000, "count after removals");
  mem = flowtab_memory(t);
  for(i = 0; i < 50000; i += 2) {
    key_of(&k, i);
    flowtab_insert(t, &k, flowtab_hash(t, &k), FLOW_LIST_UDP, 100000 + i);
  }
  ok(flowtab_memory(t) == mem, "freed flows are reused (memory flat)");

  /* oldest and expiry follow last activity per list */
  f = flowtab_oldest(t);
  ok(f && f->last_ts == 1, "oldest is the first TCP flow touched at 1");
  key_of(&k, 1);
  f = flowtab_lookup(t, &k, flowtab_hash(t, &k));
  flowtab_touch(t, f, FLOW_LIST_TCP, 200000);
  f = flowtab_oldest(t);
  ok(f && f->last_ts == 3, "touching moves a flow to the tail");
  f = flowtab_next_expired(t, 100000 + 61);
  ok(f && f->list == FLOW_LIST_UDP && f->last_ts == 100000,
     "UDP flows expire after their own timeout");
  ok(flowtab_next_expired(t, 50) == NULL, "nothing expired early");
  flowtab_free(t, NULL, NULL);

  /* symmetric: a key is the same whichever way it was built */
  t = flowtab_new(10, 99, &to);
  key_of(&k, 7);
  ok(flowtab_hash(t, &k) != 0, "hash computed");
  flowtab_free(t, NULL, NULL);
  return tap_done();
}
