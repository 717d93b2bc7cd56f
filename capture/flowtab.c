/*
 * flowtab.c: flow table with open addressing and per-class idle lists.
 */
#include "config.h"

#include "flowtab.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_siphash.h"

#define INDEX_MIN 4096u

struct chunk {
  struct chunk *next;
  struct flow flows[FLOWTAB_CHUNK];
};

struct flowtab {
  struct flow **index;      /* open addressing, NULL = empty slot */
  size_t index_size;        /* power of two */
  size_t index_max;         /* largest index we grow to */
  size_t count, max_flows;
  uint64_t seed;
  uint8_t key[PP_SIPHASH_KEYLEN];  /* derived from the seed */
  struct flow *free_list;
  struct chunk *chunks;
  size_t n_chunks;
  struct flow head[FLOW_LIST_COUNT];   /* list sentinels */
  pp_usec_t idle[FLOW_LIST_COUNT];
};

static inline uint64_t mix64(uint64_t h)
{
  /* the 64-bit finalizer of MurmurHash3 */
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

static size_t pow2_at_least(size_t n)
{
  size_t p = 1;
  while(p < n)
    p <<= 1;
  return p;
}

struct flowtab *flowtab_new(size_t max_flows, uint64_t seed,
                            const struct flowtab_timeouts *to)
{
  struct flowtab *t;
  int i;
  if(!max_flows)
    return NULL;
  t = pp_calloc(1, sizeof(*t));
  if(!t)
    return NULL;
  t->max_flows = max_flows;
  t->index_max = pow2_at_least(max_flows * 2);
  t->index_size = PP_MIN(t->index_max, (size_t)INDEX_MIN);
  t->index = pp_calloc(t->index_size, sizeof(*t->index));
  if(!t->index) {
    pp_free(t);
    return NULL;
  }
  t->seed = seed;
  {
    uint64_t a = mix64(seed ^ 0x6b65792d61ULL), b = mix64(a ^ seed);
    memcpy(t->key, &a, 8);
    memcpy(t->key + 8, &b, 8);
  }
  for(i = 0; i < FLOW_LIST_COUNT; i++) {
    t->head[i].prev = t->head[i].next = &t->head[i];
    t->idle[i] = to->idle[i];
  }
  return t;
}

void flowtab_free(struct flowtab *t, void (*fin)(void *user, struct flow *f),
                  void *user)
{
  struct chunk *c, *next;
  if(!t)
    return;
  if(fin) {
    struct flow *f;
    while((f = flowtab_any(t))) {
      fin(user, f);
      flowtab_remove(t, f);
    }
  }
  for(c = t->chunks; c; c = next) {
    next = c->next;
    pp_free(c);
  }
  pp_free(t->index);
  pp_free(t);
}


uint64_t flowtab_hash(const struct flowtab *t, const struct flow_key *k)
{
  /* SipHash-1-3 keyed per table: crafted keys cannot collide at will */
  return pp_siphash13(t->key, k, sizeof(*k));
}

static inline bool key_eq(const struct flow_key *a, const struct flow_key *b)
{
  return memcmp(a, b, sizeof(*a)) == 0;
}

struct flow *flowtab_lookup(struct flowtab *t, const struct flow_key *k,
                            uint64_t hash)
{
  size_t mask = t->index_size - 1;
  size_t i = (size_t)hash & mask;
  struct flow *f;
  while((f = t->index[i])) {
    if(f->hash == hash && key_eq(&f->key, k))
      return f;
    i = (i + 1) & mask;
  }
  return NULL;
}

static void index_put(struct flow **index, size_t size, struct flow *f)
{
  size_t mask = size - 1;
  size_t i = (size_t)f->hash & mask;
  while(index[i])
    i = (i + 1) & mask;
  index[i] = f;
}

static int index_grow(struct flowtab *t)
{
  size_t nsize = t->index_size * 2, i;
  struct flow **n = pp_calloc(nsize, sizeof(*n));
  if(!n)
    return PP_ENOMEM;
  for(i = 0; i < t->index_size; i++)
    if(t->index[i])
      index_put(n, nsize, t->index[i]);
  pp_free(t->index);
  t->index = n;
  t->index_size = nsize;
  return PP_OK;
}

static void list_unlink(struct flow *f)
{
  f->prev->next = f->next;
  f->next->prev = f->prev;
}

static void list_append(struct flowtab *t, struct flow *f, enum flow_list l)
{
  struct flow *h = &t->head[l];
  f->list = (uint8_t)l;
  f->prev = h->prev;
  f->next = h;
  h->prev->next = f;
  h->prev = f;
}

static struct flow *flow_alloc(struct flowtab *t)
{
  struct flow *f;
  if(!t->free_list) {
    struct chunk *c = pp_malloc(sizeof(*c));
    size_t i;
    if(!c)
      return NULL;
    c->next = t->chunks;
    t->chunks = c;
    t->n_chunks++;
    for(i = FLOWTAB_CHUNK; i > 0; i--) {
      c->flows[i - 1].free_next = t->free_list;
      t->free_list = &c->flows[i - 1];
    }
  }
  f = t->free_list;
  t->free_list = f->free_next;
  return f;
}

struct flow *flowtab_insert(struct flowtab *t, const struct flow_key *k,
                            uint64_t hash, enum flow_list list,
                            pp_usec_t now)
{
  struct flow *f;
  if(t->count >= t->max_flows)
    return NULL;
  if((t->count + 1) * 2 > t->index_size && t->index_size < t->index_max &&
     index_grow(t))
    return NULL;
  f = flow_alloc(t);
  if(!f)
    return NULL;
  memset(f, 0, sizeof(*f));
  f->key = *k;
  f->hash = hash;
  f->client = FLOW_CLIENT_UNKNOWN;
  f->first_ts = f->last_ts = now;
  index_put(t->index, t->index_size, f);
  list_append(t, f, list);
  t->count++;
  return f;
}

void flowtab_remove(struct flowtab *t, struct flow *f)
{
  size_t mask = t->index_size - 1;
  size_t i = (size_t)f->hash & mask, j;
  while(t->index[i] != f)
    i = (i + 1) & mask;
  /* backward-shift deletion keeps probe sequences intact */
  j = i;
  for(;;) {
    size_t home;
    j = (j + 1) & mask;
    if(!t->index[j])
      break;
    home = (size_t)t->index[j]->hash & mask;
    /* move j into the hole at i unless its home lies in (i, j] */
    if((j > i && (home <= i || home > j)) ||
       (j < i && (home <= i && home > j))) {
      t->index[i] = t->index[j];
      i = j;
    }
  }
  t->index[i] = NULL;
  list_unlink(f);
  f->free_next = t->free_list;
  t->free_list = f;
  t->count--;
}

void flowtab_touch(struct flowtab *t, struct flow *f, enum flow_list list,
                   pp_usec_t now)
{
  if(now > f->last_ts)
    f->last_ts = now;
  /* already the newest of its list: nothing to move */
  if(f->list == list && f->next == &t->head[list])
    return;
  list_unlink(f);
  list_append(t, f, list);
}

struct flow *flowtab_oldest(struct flowtab *t)
{
  struct flow *best = NULL;
  int i;
  for(i = 0; i < FLOW_LIST_COUNT; i++) {
    struct flow *f = t->head[i].next;
    if(f != &t->head[i] && (!best || f->last_ts < best->last_ts))
      best = f;
  }
  return best;
}

struct flow *flowtab_next_expired(struct flowtab *t, pp_usec_t now)
{
  int i;
  for(i = 0; i < FLOW_LIST_COUNT; i++) {
    struct flow *f = t->head[i].next;
    if(f != &t->head[i] && f->last_ts + t->idle[i] < now)
      return f;
  }
  return NULL;
}

struct flow *flowtab_any(struct flowtab *t)
{
  int i;
  for(i = 0; i < FLOW_LIST_COUNT; i++)
    if(t->head[i].next != &t->head[i])
      return t->head[i].next;
  return NULL;
}

size_t flowtab_count(const struct flowtab *t)
{
  return t->count;
}

size_t flowtab_max(const struct flowtab *t)
{
  return t->max_flows;
}

size_t flowtab_memory(const struct flowtab *t)
{
  return t->n_chunks * sizeof(struct chunk) +
         t->index_size * sizeof(*t->index);
}
