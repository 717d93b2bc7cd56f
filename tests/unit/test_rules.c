/*
 * test_rules.c: the rule loader: a valid set, every error kind with its
 * position, normalization of phrases, limits, the shipped rule set.
 */
#define PP_UNITTESTS 1
#include "config.h"

#include "pp_err.h"
#include "rules.h"
#include "tap.h"
#include "testutil.h"

static const char good[] =
  "signals:\n"
  "  - id: newsroom.toa-soan\n"
  "    title: Tòa soạn\n"
  "    family: newsroom\n"
  "    basis: Decision 1418 III.1(5)\n"
  "    certainty: confirmed\n"
  "    weight: 4\n"
  "    regions: [footer, header]\n"
  "    phrases: [Tòa Soạn, BAN BIÊN TẬP, \"  trụ   sở \"]\n"
  "    unaccented: true\n"
  "  - id: markup.news\n"
  "    title: NewsArticle\n"
  "    basis: markup\n"
  "    certainty: secondary\n"
  "    weight: 1\n"
  "    towards: press\n"
  "    detector: jsonld-type\n"
  "    values: [NewsArticle]\n"
  "  - id: nav.sections\n"
  "    title: sections\n"
  "    basis: F(4)\n"
  "    certainty: confirmed\n"
  "    weight: 3\n"
  "    max: 2\n"
  "    detector: sections\n"
  "    values: [Thời sự, Pháp Luật]\n"
  "    min: 2\n"
  "scoring: {press: 12, aggregator: 6, social: 8}\n";

/* Load text; returns the rc; the first message goes to msg. */
static int load(const char *text, struct ruleset **rs, char *msg,
                size_t cap)
{
  struct rules_diag d;
  int rc = rules_load_mem("t.yaml", text, strlen(text), rs, &d);
  snprintf(msg, cap, "%s", d.n ? d.msg[0] : "");
  return rc;
}

static void bad(const char *what, const char *text, const char *want)
{
  struct ruleset *rs;
  char msg[1024];
  int rc = load(text, &rs, msg, sizeof(msg));
  ok(rc == PP_EINVAL && rs == NULL && strstr(msg, want) != NULL,
     "%s: refused with '%s' (%s)", what, want, msg);
}

int main(void)
{
  struct ruleset *rs;
  const struct rule_signal *s;
  char msg[1024];
  struct rules_diag d;
  char dir[2048];

  is_int(load(good, &rs, msg, sizeof(msg)), PP_OK, "valid set loads (%s)",
         msg);
  if(rs) {
    is_int(rs->n, 3, "three signals");
    s = rules_find(rs, "newsroom.toa-soan");
    ok(s && s->n_phrases == 3 && !strcmp(s->phrases[0], "toà soạn") &&
       !strcmp(s->phrases[1], "ban biên tập") &&
       !strcmp(s->phrases[2], "trụ sở"),
       "phrases normalized: folded, tone canonical, spaces collapsed");
    ok(s && s->phrases_plain && !strcmp(s->phrases_plain[0], "toa soan"),
       "unaccented forms kept");
    ok(s && s->regions == ((1u << REG_FOOTER) | (1u << REG_HEADER)) &&
       s->max == 1 && s->towards == TOWARDS_PRESS && s->line == 2,
       "regions, defaults and line");
    s = rules_find(rs, "nav.sections");
    ok(s && s->detector == DET_SECTIONS && s->min == 2 && s->max == 2 &&
       !strcmp(s->values[1], "pháp luật"), "section values normalized");
    ok(rs->scoring.threshold[TOWARDS_PRESS] == 12 &&
       rs->scoring.threshold[TOWARDS_SOCIAL] == 8, "scoring thresholds");
    rules_free(rs);
  }
  bad("unknown key", "signals:\n  - id: a\n    titel: x\n", "t.yaml:3:5:");
  bad("unknown key text", "signals:\n  - id: a\n    titel: x\n",
      "unknown key 'titel'");
  bad("no weight", "signals:\n  - id: a\n    title: x\n    basis: b\n"
      "    regions: [page]\n    phrases: [x]\nscoring: {press: 1}\n",
      "weight is required");
  bad("weight range", "signals:\n  - id: a\n    weight: 500\n",
      "out of range");
  bad("bad region", "signals:\n  - id: a\n    regions: [sidebar]\n",
      "unknown region 'sidebar'");
  bad("bad detector", "signals:\n  - id: a\n    detector: magic\n",
      "unknown detector 'magic'");
  bad("detector without values",
      "signals:\n  - id: a\n    title: x\n    basis: b\n    certainty: secondary\n    weight: 1\n"
      "    detector: og-type\nscoring: {press: 1}\n", "needs values");
  bad("sections without min",
      "signals:\n  - id: a\n    title: x\n    basis: b\n    certainty: secondary\n    weight: 1\n"
      "    detector: sections\n    values: [x]\nscoring: {press: 1}\n",
      "needs min");
  bad("duplicate key", "signals:\n  - id: a\n    id: b\n", "given twice");
  bad("duplicate id",
      "signals:\n  - {id: a, title: x, basis: b, certainty: secondary, weight: 1, regions: [page],"
      " phrases: [x]}\n  - {id: a, title: y, basis: b, certainty: secondary, weight: 1, regions:"
      " [page], phrases: [y]}\nscoring: {press: 1}\n", "already defined");
  bad("no scoring",
      "signals:\n  - {id: a, title: x, basis: b, certainty: secondary, weight: 1, regions: [page],"
      " phrases: [x]}\n", "no 'scoring:'");
  bad("bad id", "signals:\n  - {id: A_B, title: x, basis: b, certainty: secondary, weight: 1,"
      " regions: [page], phrases: [x]}\nscoring: {press: 1}\n",
      "use 1..64");
  bad("alias", "signals:\n  - &a {id: a}\n  - *a\n", "anchors and aliases");
  bad("syntax", "signals: [\n", "YAML syntax");
  bad("empty phrase", "signals:\n  - {id: a, title: x, basis: b, certainty: secondary, weight: 1,"
      " regions: [page], phrases: [\"\\u200b\"]}\nscoring: {press: 1}\n",
      "empty once normalized");
  bad("no certainty", "signals:\n  - {id: a, title: x, basis: b, weight: 1,"
      " regions: [page], phrases: [x]}\nscoring: {press: 1}\n",
      "certainty is required");
  bad("url region needs unaccented", "signals:\n  - {id: a, title: x, "
      "basis: b, certainty: secondary, weight: 1, regions: [url],"
      " phrases: [tin-tuc]}\nscoring: {press: 1}\n",
      "add 'unaccented: true'");
  {
    static const char two[] =
      "signals:\n  - {id: a, basis: b, certainty: secondary, weight: 500,"
      " regions: [page], phrases: [x]}\nscoring: {press: 1}\n";
    struct ruleset *r2 = NULL;
    is_int(rules_load_mem("t.yaml", two, strlen(two), &r2, &d), PP_EINVAL,
           "a key error and a missing title: refused");
    ok(d.total == 2 && strstr(d.msg[0], "out of range") &&
       strstr(d.msg[1], "title is required"),
       "both told in one round (%u)", d.total);
  }
  bad("unknown section", "sigals: []\n", "unknown section 'sigals'");
  bad("scoring twice", "scoring: {press: 1}\nscoring: {press: 2}\n",
      "more than once");
  {
    /* every prefix of the good set: never crashes, loads or refuses */
    size_t i, n = strlen(good), weird = 0;
    for(i = 0; i < n; i++) {
      int rc = rules_load_mem("p.yaml", good, i, &rs, &d);
      if(rc == PP_OK)
        rules_free(rs);
      else if(rc != PP_EINVAL)
        weird++;
    }
    is_int(weird, 0, "every prefix loads or is refused cleanly");
  }
  /* the shipped rule set */
  snprintf(dir, sizeof(dir), "%s/rules/signals", test_srcdir(__FILE__));
  if(rules_load_dir(dir, &rs, &d) == PP_OK) {
    ok(rs->n >= 20, "shipped rule set loads: %zu signals, %zu phrases",
       rs->n, rs->n_phrases);
    rules_free(rs);
  }
  else
    ok(0, "shipped rule set loads (%s)", d.n ? d.msg[0] : "?");
  return tap_done();
}
