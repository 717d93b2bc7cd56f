/*
 * tool_conf.c: what the commands that read pressprobe.yaml(5) share:
 * options checked against their configuration key (the same ranges as
 * the file), and loading the file with every error reported.
 */
#include "config.h"

#include "pp_config.h"
#include "pp_err.h"
#include "tool.h"

int tool_conf_number(const struct pp_cfg_table *t, void *base,
                     const char *key, const char *opt, const char *arg)
{
  const struct pp_cfg_key *k = pp_config_find(t, key);
  uint64_t v;
  int rc;
  if(!k)
    return -1;
  if(k->flags & PP_CFG_F_SUFFIX)
    rc = tool_parse_size(opt, arg, k->min, k->max, &v);
  else
    rc = tool_parse_u64(opt, arg, k->min, k->max, &v);
  if(rc)
    return -1;
  *pp_config_u64(k, base) = v;
  return 0;
}

int tool_conf_string(const struct pp_cfg_table *t, void *base,
                     const char *key, const char *arg)
{
  const struct pp_cfg_key *k = pp_config_find(t, key);
  if(!k || pp_config_set_str(k, base, arg)) {
    tool_err("out of memory");
    return -1;
  }
  return 0;
}

int tool_conf_list(const struct pp_cfg_table *t, void *base,
                   const char *key, const char *opt, const char *arg,
                   bool *given)
{
  const struct pp_cfg_key *k = pp_config_find(t, key);
  struct pp_cfg_list *l;
  if(!k)
    return EXIT_FATAL;
  l = pp_config_list(k, base);
  if(!*given) {                      /* the first option replaces the file's */
    pp_config_list_clear(l);
    *given = true;
  }
  switch(pp_config_list_add(l, arg, k->max ? k->max : PP_CFG_LIST_MAX)) {
  case PP_OK:
    return EXIT_OK;
  case PP_ELIMIT:
    tool_err("too many %s (at most %llu)", opt,
             (unsigned long long)(k->max ? k->max : PP_CFG_LIST_MAX));
    return EXIT_USAGE;
  default:
    tool_err("out of memory");
    return EXIT_FATAL;
  }
}

int tool_conf_load(const struct pp_cfg_table *t, void *base,
                   const char *path, bool from_env)
{
  struct pp_cfg_diags d;
  size_t i;
  int rc = pp_config_load_file(t, base, path, &d);
  if(rc == PP_OK)
    return EXIT_OK;
  for(i = 0; i < d.n; i++)
    tool_err("%s", d.v[i].msg);
  if(d.total > d.n)
    tool_err("%s: %zu more errors not shown", path, d.total - d.n);
  if(rc == PP_EMALFORMED)
    tool_err("%s: configuration refused%s, nothing of it applied "
             "(see pressprobe.yaml(5))", path,
             from_env ? " (named by " TOOL_CONFIG_ENV ")" : "");
  else if(from_env)
    tool_err("%s: named by " TOOL_CONFIG_ENV, path);
  return rc == PP_ENOMEM ? EXIT_FATAL : EXIT_USAGE;
}
