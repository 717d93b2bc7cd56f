/*
 * inventory.c: per-bucket aggregation of names.
 */
#include "config.h"

#include <stdio.h>
#include <sys/random.h>

#include "inventory.h"
#include "pp_alloc.h"
#include "pp_err.h"
#include "pp_hll.h"
#include "pp_names.h"
#include "pp_siphash.h"

struct inv {
  struct inv_config cfg;
  struct inv_name **table;     /* chained hash of interned names */
  size_t table_size;           /* power of two */
  size_t n_names;
  uint8_t key[PP_SIPHASH_KEYLEN];
  struct inv_entry *entries;   /* current bucket */
  size_t n_entries;
  pp_usec_t bucket;            /* start of the current bucket, usec */
  uint32_t epoch;
  struct inv_stats st;
};

struct inv *inv_new(const struct inv_config *cfg)
{
  struct inv *inv = pp_calloc(1, sizeof(*inv));
  if(!inv)
    return NULL;
  inv->cfg = *cfg;
  if(!inv->cfg.bucket_seconds)
    inv->cfg.bucket_seconds = 3600;
  if(inv->cfg.paths_max > INV_PATHS_MAX)
    inv->cfg.paths_max = INV_PATHS_MAX;
  inv->table_size = 1024;
  inv->table = pp_calloc(inv->table_size, sizeof(*inv->table));
  if(!inv->table) {
    pp_free(inv);
    return NULL;
  }
  /* the name hash is keyed so that crafted names cannot collide at will */
  if(getrandom(inv->key, sizeof(inv->key), 0) != (ssize_t)sizeof(inv->key))
    memset(inv->key, 0x5a, sizeof(inv->key));
  inv->epoch = 1;
  return inv;
}

static void name_free(struct inv_name *n)
{
  if(n->site != n->name)
    pp_free(n->site);
  pp_free(n->unicode);
  pp_free(n);
}

static void entry_free(struct inv_entry *e)
{
  uint16_t i;
  pp_hll_free(e->clients);
  pp_free(e->servers);
  for(i = 0; i < e->n_paths; i++)
    pp_free(e->paths[i].path);
  pp_free(e->paths);
  pp_free(e);
}

void inv_free(struct inv *inv)
{
  size_t i;
  struct inv_entry *e, *next;
  if(!inv)
    return;
  for(e = inv->entries; e; e = next) {
    next = e->next;
    entry_free(e);
  }
  for(i = 0; i < inv->table_size; i++) {
    struct inv_name *n = inv->table[i], *nn;
    for(; n; n = nn) {
      nn = n->hnext;
      name_free(n);
    }
  }
  pp_free(inv->table);
  pp_free(inv);
}

static void table_grow(struct inv *inv)
{
  size_t nsize = inv->table_size * 2, i;
  struct inv_name **t = pp_calloc(nsize, sizeof(*t));
  if(!t)
    return;                            /* keep the old table: just slower */
  for(i = 0; i < inv->table_size; i++) {
    struct inv_name *n = inv->table[i], *nn;
    for(; n; n = nn) {
      nn = n->hnext;
      n->hnext = t[n->hash & (nsize - 1)];
      t[n->hash & (nsize - 1)] = n;
    }
  }
  pp_free(inv->table);
  inv->table = t;
  inv->table_size = nsize;
}

static struct inv_name *name_new(const char *name, uint64_t hash)
{
  size_t len = strlen(name);
  char site[PP_NAME_BUF], uni[PP_NAME_UNICODE_BUF];
  struct inv_name *n = pp_calloc(1, sizeof(*n) + len + 1);
  if(!n)
    return NULL;
  memcpy(n->name, name, len + 1);
  n->hash = hash;
  pp_name_site(name, site);
  if(strcmp(site, name)) {
    n->site = pp_strdup(site);
    if(!n->site)
      goto fail;
  }
  else
    n->site = n->name;
  if(pp_name_unicode(name, uni, sizeof(uni))) {
    n->unicode = pp_strdup(uni);
    if(!n->unicode)
      goto fail;
  }
  return n;
fail:
  name_free(n);
  return NULL;
}

struct inv_name *inv_intern(struct inv *inv, const char *name)
{
  uint64_t h = pp_siphash24(inv->key, name, strlen(name));
  struct inv_name **slot = &inv->table[h & (inv->table_size - 1)];
  struct inv_name *n;
  for(n = *slot; n; n = n->hnext) {
    if(n->hash == h && !strcmp(n->name, name)) {
      n->refs++;
      return n;
    }
  }
  if(inv->n_names >= inv->cfg.max_names) {
    inv->st.names_limit++;
    return NULL;
  }
  n = name_new(name, h);
  if(!n) {
    inv->st.oom++;
    return NULL;
  }
  n->hnext = *slot;
  *slot = n;
  n->refs = 1;
  inv->n_names++;
  inv->st.names_interned++;
  if(inv->n_names > inv->table_size)
    table_grow(inv);
  return n;
}

static void name_unlink(struct inv *inv, struct inv_name *n)
{
  struct inv_name **p = &inv->table[n->hash & (inv->table_size - 1)];
  while(*p != n)
    p = &(*p)->hnext;
  *p = n->hnext;
  inv->n_names--;
  name_free(n);
}

void inv_unref(struct inv *inv, struct inv_name *n)
{
  if(!n)
    return;
  if(n->refs)
    n->refs--;
  /* still accounted in this bucket: released at the next flush */
  if(!n->refs && !n->entry)
    name_unlink(inv, n);
}

struct inv_entry *inv_entry(struct inv *inv, struct inv_name *n,
                            pp_usec_t ts)
{
  struct inv_entry *e = n->entry;
  if(pp_likely(e != NULL)) {
    if(ts > e->last_seen)
      e->last_seen = ts;
    if(ts < e->first_seen)
      e->first_seen = ts;
    return e;
  }
  e = pp_calloc(1, sizeof(*e));
  if(!e) {
    inv->st.oom++;
    return NULL;
  }
  e->name = n;
  e->first_seen = e->last_seen = ts;
  e->next = inv->entries;
  inv->entries = e;
  inv->n_entries++;
  n->entry = e;
  return e;
}

uint32_t inv_epoch(const struct inv *inv)
{
  return inv->epoch;
}

pp_usec_t inv_bucket_of(const struct inv *inv, pp_usec_t ts)
{
  pp_usec_t len = (pp_usec_t)inv->cfg.bucket_seconds * 1000000u;
  return ts - ts % len;
}

pp_usec_t inv_current_bucket(const struct inv *inv)
{
  return inv->bucket;
}

void inv_set_bucket(struct inv *inv, pp_usec_t bucket_start)
{
  inv->bucket = bucket_start;
}

void inv_add_client(struct inv *inv, struct inv_entry *e, uint64_t hash)
{
  if(!e->clients) {
    e->clients = pp_hll_new();
    if(!e->clients) {
      inv->st.oom++;
      return;
    }
  }
  if(pp_hll_add(e->clients, hash))
    inv->st.oom++;
}

/* Grow a small array by doubling up to max elements. */
static bool grow(void **arr, uint16_t *cap, uint16_t max, size_t elem)
{
  uint16_t ncap = *cap ? (uint16_t)PP_MIN(*cap * 2, max) : (uint16_t)1;
  void *n = pp_realloc(*arr, ncap * elem);
  if(!n)
    return false;
  *arr = n;
  *cap = ncap;
  return true;
}

void inv_add_server(struct inv *inv, struct inv_entry *e,
                    const struct pp_addr *a)
{
  uint16_t i;
  for(i = 0; i < e->n_servers; i++)
    if(pp_addr_eq(&e->servers[i], a))
      return;
  if(e->n_servers >= inv->cfg.servers_max) {
    inv->st.servers_limit++;
    return;
  }
  if(e->n_servers == e->cap_servers &&
     !grow((void **)&e->servers, &e->cap_servers, inv->cfg.servers_max,
           sizeof(*e->servers))) {
    inv->st.oom++;
    return;
  }
  e->servers[e->n_servers++] = *a;
}

void inv_add_path(struct inv *inv, struct inv_entry *e, const char *path)
{
  uint16_t i;
  if(!*path)
    return;
  for(i = 0; i < e->n_paths; i++) {
    if(!strcmp(e->paths[i].path, path)) {
      e->paths[i].hits++;
      return;
    }
  }
  if(e->n_paths >= inv->cfg.paths_max) {
    inv->st.paths_limit++;
    return;
  }
  if(e->n_paths == e->cap_paths &&
     !grow((void **)&e->paths, &e->cap_paths, inv->cfg.paths_max,
           sizeof(*e->paths))) {
    inv->st.oom++;
    return;
  }
  e->paths[e->n_paths].path = pp_strdup(path);
  if(!e->paths[e->n_paths].path) {
    inv->st.oom++;
    return;
  }
  e->paths[e->n_paths++].hits = 1;
}

void inv_set_proto(struct inv_entry *e, const char *proto,
                   const char *category)
{
  if(!e->proto[0] && proto && *proto)
    snprintf(e->proto, sizeof(e->proto), "%s", proto);
  if(!e->category[0] && category && *category)
    snprintf(e->category, sizeof(e->category), "%s", category);
}

int inv_flush(struct inv *inv, inv_sink_fn sink, void *user)
{
  struct inv_entry *e, *next;
  struct pp_path_sample samples[INV_PATHS_MAX];
  int first_err = PP_OK;

  for(e = inv->entries; e; e = next) {
    struct pp_record rec;
    uint16_t i, np = (uint16_t)PP_MIN(e->n_paths, PP_ARRAY_LEN(samples));
    struct inv_name *n = e->name;
    int rc;
    next = e->next;
    memset(&rec, 0, sizeof(rec));
    rec.name = n->name;
    rec.site = n->site;
    rec.unicode = n->unicode;
    rec.bucket_start = inv->bucket;
    rec.bucket_seconds = inv->cfg.bucket_seconds;
    rec.first_seen = e->first_seen;
    rec.last_seen = e->last_seen;
    rec.flows = e->flows;
    rec.packets = e->packets;
    rec.bytes_up = e->bytes_up;
    rec.bytes_down = e->bytes_down;
    rec.lookups = e->lookups;
    rec.via = e->via;
    rec.clients = e->clients;
    rec.proto = e->proto[0] ? e->proto : NULL;
    rec.category = e->category[0] ? e->category : NULL;
    rec.servers = e->servers;
    rec.n_servers = e->n_servers;
    for(i = 0; i < np; i++) {
      samples[i].path = e->paths[i].path;
      samples[i].hits = e->paths[i].hits;
    }
    rec.paths = samples;
    rec.n_paths = np;
    rc = sink ? sink(user, &rec) : PP_OK;
    if(rc && first_err == PP_OK)
      first_err = rc;
    inv->st.records_flushed++;
    n->entry = NULL;
    entry_free(e);
    if(!n->refs)
      name_unlink(inv, n);
  }
  if(sink) {
    int rc = sink(user, NULL);
    if(rc && first_err == PP_OK)
      first_err = rc;
  }
  inv->entries = NULL;
  inv->n_entries = 0;
  inv->epoch++;
  inv->st.flushes++;
  return first_err;
}

void inv_get_stats(const struct inv *inv, struct inv_stats *st)
{
  *st = inv->st;
  st->names = inv->n_names;
  st->entries = inv->n_entries;
}
