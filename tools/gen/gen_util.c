/*
 * gen_util.c: helpers of ppgen (a part of ppgen.c, which #includes it; it
 * is not compiled on its own).
 *
 * - PRNG: xoshiro256** (Blackman, Vigna: "Scrambled linear pseudorandom
 *   number generators", 2018) seeded through splitmix64, so every byte
 *   ppgen writes depends on its arguments only (no time(), no rand()).
 * - dlog()/dexp(): logarithm and exponential from +, -, *, / and exact
 *   frexp/ldexp only, so random variates do not depend on the libm.
 * - struct wb: a bounded writer of network-order fields with length
 *   prefixes patched afterwards (TLS, QUIC, DNS builders).
 * - The Internet checksum (RFC 1071), summed in native word order and
 *   stored with memcpy, which RFC 1071 section 2(B) shows is byte-order
 *   independent.
 * - Punycode (RFC 3492) for IDN labels, Zipf sampling by a CDF table.
 */

/* ---- PRNG ------------------------------------------------------------ */

struct rng {
  uint64_t s[4];
};

static uint64_t splitmix64(uint64_t *x)
{
  uint64_t z;
  *x += 0x9e3779b97f4a7c15ull;
  z = *x;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* Seed sub-stream `stream` of `seed`: each flow gets its own, so what one
 * flow draws never shifts another flow's bytes. */
static void rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
  uint64_t x = seed;
  int i;
  x = splitmix64(&x) ^ (stream * 0xd1342543de82ef95ull + stream);
  for(i = 0; i < 4; i++)
    r->s[i] = splitmix64(&x);
}

static uint64_t rotl64(uint64_t x, int k)
{
  return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(struct rng *r)
{
  uint64_t *s = r->s;
  uint64_t res = rotl64(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl64(s[3], 45);
  return res;
}

/* Uniform in [0, n); n > 0 (Lemire's multiply, bias < 2^-32). */
static uint32_t rng_below(struct rng *r, uint32_t n)
{
  return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi], lo <= hi < UINT32_MAX. */
static uint32_t rng_range(struct rng *r, uint32_t lo, uint32_t hi)
{
  return lo + rng_below(r, hi - lo + 1);
}

/* Uniform in [0, 1). */
static double rng_unit(struct rng *r)
{
  return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

static bool rng_chance(struct rng *r, double p)
{
  return rng_unit(r) < p;
}

static void rng_fill(struct rng *r, uint8_t *p, size_t n)
{
  while(n >= 8) {
    uint64_t v = rng_next(r);
    memcpy(p, &v, 8);
    p += 8;
    n -= 8;
  }
  if(n) {
    uint64_t v = rng_next(r);
    memcpy(p, &v, n);
  }
}

/* Index drawn with probability w[i] / sum(w); n > 0, sum > 0. */
static unsigned rng_weighted(struct rng *r, const unsigned *w, unsigned n)
{
  unsigned long total = 0, x;
  unsigned i;
  for(i = 0; i < n; i++)
    total += w[i];
  x = (unsigned long)(rng_unit(r) * (double)total);
  for(i = 0; i < n; i++) {
    if(x < w[i])
      return i;
    x -= w[i];
  }
  return n - 1;
}

/* Fisher-Yates over an array of n items of `size` bytes (size <= 64). */
static void rng_shuffle(struct rng *r, void *base, size_t n, size_t size)
{
  uint8_t *a = base;
  uint8_t tmp[64];
  size_t i;
  for(i = n; i > 1; i--) {
    size_t j = rng_below(r, (uint32_t)i);
    if(j != i - 1) {
      memcpy(tmp, a + j * size, size);
      memcpy(a + j * size, a + (i - 1) * size, size);
      memcpy(a + (i - 1) * size, tmp, size);
    }
  }
}

/* ---- portable log/exp -------------------------------------------------- */

#define LN2 0.69314718055994530942

/* Natural logarithm of x > 0 (about 1 ulp). */
static double dlog(double x)
{
  int e, k;
  double m = frexp(x, &e), s, s2, t, sum = 0.0;
  if(m < 0.70710678118654752) {
    m *= 2.0;
    e--;
  }
  /* log(m) = 2 atanh(s), s = (m-1)/(m+1), |s| < 0.172 */
  s = (m - 1.0) / (m + 1.0);
  s2 = s * s;
  t = s;
  for(k = 1; k < 40; k += 2) {
    sum += t / (double)k;
    t *= s2;
  }
  return 2.0 * sum + (double)e * LN2;
}

/* e^x for |x| < 700. */
static double dexp(double x)
{
  double k = floor(x / LN2 + 0.5), r = x - k * LN2, term = 1.0, sum = 1.0;
  int i;
  for(i = 1; i < 30; i++) {
    term *= r / (double)i;
    sum += term;
  }
  return ldexp(sum, (int)k);
}

/* Exponential variate with the given mean. */
static double rng_exp(struct rng *r, double mean)
{
  return -dlog(1.0 - rng_unit(r)) * mean;
}

/* v scaled by a uniform factor in [1 - pct/100, 1 + pct/100]. */
static uint64_t rng_jitter(struct rng *r, uint64_t v, unsigned pct)
{
  double f = 1.0 + ((rng_unit(r) * 2.0) - 1.0) * (double)pct / 100.0;
  return (uint64_t)((double)v * f);
}

/* ---- bounded network-order writer ----------------------------------- */

struct wb {
  uint8_t *p;
  size_t len;
  size_t cap;
  bool err;        /* a write did not fit: the content is unusable */
};

static void wb_init(struct wb *w, uint8_t *p, size_t cap)
{
  w->p = p;
  w->len = 0;
  w->cap = cap;
  w->err = false;
}

/* Room for n more bytes, or NULL (and w->err) when they do not fit. */
static uint8_t *wb_room(struct wb *w, size_t n)
{
  uint8_t *d;
  if(w->err || n > w->cap - w->len) {
    w->err = true;
    return NULL;
  }
  d = w->p + w->len;
  w->len += n;
  return d;
}

static void wb_u8(struct wb *w, unsigned v)
{
  uint8_t *d = wb_room(w, 1);
  if(d)
    d[0] = (uint8_t)v;
}

static void wb_u16(struct wb *w, unsigned v)
{
  uint8_t *d = wb_room(w, 2);
  if(d) {
    d[0] = (uint8_t)(v >> 8);
    d[1] = (uint8_t)v;
  }
}

static void wb_u32(struct wb *w, uint32_t v)
{
  uint8_t *d = wb_room(w, 4);
  if(d) {
    d[0] = (uint8_t)(v >> 24);
    d[1] = (uint8_t)(v >> 16);
    d[2] = (uint8_t)(v >> 8);
    d[3] = (uint8_t)v;
  }
}

static void wb_mem(struct wb *w, const void *p, size_t n)
{
  uint8_t *d = wb_room(w, n);
  if(d && n)
    memcpy(d, p, n);
}

static void wb_str(struct wb *w, const char *s)
{
  wb_mem(w, s, strlen(s));
}

static void wb_rand(struct wb *w, struct rng *r, size_t n)
{
  uint8_t *d = wb_room(w, n);
  if(d)
    rng_fill(r, d, n);
}

static void wb_zero(struct wb *w, size_t n)
{
  uint8_t *d = wb_room(w, n);
  if(d)
    memset(d, 0, n);
}

/* Reserve a big-endian length field of `nb` bytes (1..3); returns the
 * position for wb_close(). */
static size_t wb_open(struct wb *w, unsigned nb)
{
  size_t at = w->len;
  wb_zero(w, nb);
  return at;
}

/* Patch the length reserved at `at` with the bytes written since. */
static void wb_close(struct wb *w, size_t at, unsigned nb)
{
  size_t n;
  unsigned i;
  if(w->err)
    return;
  n = w->len - at - nb;
  if(nb < sizeof(size_t) && n >> (8 * nb)) {
    w->err = true;
    return;
  }
  for(i = 0; i < nb; i++)
    w->p[at + i] = (uint8_t)(n >> (8 * (nb - 1 - i)));
}

/* QUIC variable-length integer (RFC 9000 16), shortest form. */
static void wb_varint(struct wb *w, uint64_t v)
{
  if(v < 64)
    wb_u8(w, (unsigned)v);
  else if(v < 16384)
    wb_u16(w, (unsigned)v | 0x4000);
  else if(v < 1073741824)
    wb_u32(w, (uint32_t)v | 0x80000000u);
  else {
    wb_u32(w, (uint32_t)(v >> 32) | 0xc0000000u);
    wb_u32(w, (uint32_t)v);
  }
}

static size_t varint_len(uint64_t v)
{
  return v < 64 ? 1 : v < 16384 ? 2 : v < 1073741824 ? 4 : 8;
}

/* Big-endian stores into a raw buffer. */
static void put16(uint8_t *p, unsigned v)
{
  p[0] = (uint8_t)(v >> 8);
  p[1] = (uint8_t)v;
}

static void put32(uint8_t *p, uint32_t v)
{
  p[0] = (uint8_t)(v >> 24);
  p[1] = (uint8_t)(v >> 16);
  p[2] = (uint8_t)(v >> 8);
  p[3] = (uint8_t)v;
}

/* ---- Internet checksum -------------------------------------------------- */

/* Add n bytes to a running sum; every part but the last must have an even
 * length so that words line up across parts. */
static uint64_t csum_add(uint64_t sum, const uint8_t *p, size_t n)
{
  while(n >= 8) {
    uint64_t v;
    memcpy(&v, p, 8);
    sum += (v & 0xffffffffu) + (v >> 32);
    p += 8;
    n -= 8;
  }
  while(n >= 2) {
    uint16_t v;
    memcpy(&v, p, 2);
    sum += v;
    p += 2;
    n -= 2;
  }
  if(n) {
    uint16_t v = 0;
    memcpy(&v, p, 1);   /* the odd byte, zero-padded on its right */
    sum += v;
  }
  return sum;
}

/* Fold and complement; store the result with memcpy (native order). */
static uint16_t csum_fold(uint64_t sum)
{
  while(sum >> 16)
    sum = (sum & 0xffff) + (sum >> 16);
  return (uint16_t)~sum;
}

/* ---- Punycode (RFC 3492) ---------------------------------------------- */

#define PUNY_BASE 36
#define PUNY_TMIN 1
#define PUNY_TMAX 26

static uint32_t puny_adapt(uint32_t delta, uint32_t npoints, bool first)
{
  uint32_t k = 0;
  delta = first ? delta / 700 : delta / 2;
  delta += delta / npoints;
  while(delta > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) / 2) {
    delta /= PUNY_BASE - PUNY_TMIN;
    k += PUNY_BASE;
  }
  return k + (PUNY_BASE - PUNY_TMIN + 1) * delta / (delta + 38);
}

static char puny_digit(uint32_t d)
{
  return (char)(d < 26 ? 'a' + d : '0' + d - 26);
}

/* Decode UTF-8 (well-formed input from our own tables) into code points;
 * returns how many, 0 when more than cap. */
static size_t utf8_points(const char *s, uint32_t *cp, size_t cap)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0;
  while(*u) {
    uint32_t c;
    int more;
    if(*u < 0x80) {
      c = *u;
      more = 0;
    }
    else if(*u < 0xe0) {
      c = *u & 0x1fu;
      more = 1;
    }
    else if(*u < 0xf0) {
      c = *u & 0x0fu;
      more = 2;
    }
    else {
      c = *u & 0x07u;
      more = 3;
    }
    u++;
    while(more-- > 0 && *u) {
      c = (c << 6) | (*u & 0x3fu);
      u++;
    }
    if(n == cap)
      return 0;
    cp[n++] = c;
  }
  return n;
}

/*
 * ACE form ("xn--" + Punycode) of one lowercase NFC UTF-8 label, or the
 * label itself when it is ASCII.  Returns the length, 0 when it does not
 * fit in cap (NUL included) or exceeds 63 bytes.
 */
static size_t puny_label(const char *utf8, char *out, size_t cap)
{
  uint32_t cp[64], n = 128, delta = 0, bias = 72, h, b = 0, i;
  size_t len = 0, np = utf8_points(utf8, cp, PP_ARRAY_LEN(cp));
  if(!np || cap < 8)
    return 0;
  for(i = 0; i < np; i++)
    if(cp[i] >= 0x80)
      break;
  if(i == np) {
    len = strlen(utf8);
    if(len >= cap || len > 63)
      return 0;
    memcpy(out, utf8, len + 1);
    return len;
  }
  memcpy(out, "xn--", 4);
  len = 4;
  for(i = 0; i < np; i++)
    if(cp[i] < 0x80) {
      if(len + 2 >= cap)
        return 0;
      out[len++] = (char)cp[i];
      b++;
    }
  h = b;
  if(b)
    out[len++] = '-';
  while(h < np) {
    uint32_t m = UINT32_MAX;
    for(i = 0; i < np; i++)
      if(cp[i] >= n && cp[i] < m)
        m = cp[i];
    delta += (m - n) * (h + 1);
    n = m;
    for(i = 0; i < np; i++) {
      if(cp[i] < n)
        delta++;
      if(cp[i] == n) {
        uint32_t q = delta, k;
        for(k = PUNY_BASE;; k += PUNY_BASE) {
          uint32_t t = k <= bias ? PUNY_TMIN :
                       k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
          if(q < t)
            break;
          if(len + 2 >= cap)
            return 0;
          out[len++] = puny_digit(t + (q - t) % (PUNY_BASE - t));
          q = (q - t) / (PUNY_BASE - t);
        }
        if(len + 2 >= cap)
          return 0;
        out[len++] = puny_digit(q);
        bias = puny_adapt(delta, h + 1, h == b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  out[len] = '\0';
  return len > 63 ? 0 : len;
}

/* ---- Zipf ----------------------------------------------------------- */

struct zipf {
  double *cdf;     /* cdf[i] = sum of 1/(k+1)^s for k <= i */
  uint32_t n;
};

/* Table for ranks 0..n-1 with exponent s; PP_OK or PP_ENOMEM. */
static int zipf_init(struct zipf *z, uint32_t n, double s)
{
  double acc = 0.0;
  uint32_t i;
  z->n = n;
  z->cdf = pp_malloc(sizeof(double) * (n ? n : 1));
  if(!z->cdf)
    return PP_ENOMEM;
  for(i = 0; i < n; i++) {
    acc += dexp(-s * dlog((double)i + 1.0));
    z->cdf[i] = acc;
  }
  return PP_OK;
}

static void zipf_free(struct zipf *z)
{
  pp_free(z->cdf);
  z->cdf = NULL;
}

static uint32_t zipf_pick(const struct zipf *z, struct rng *r)
{
  double u = rng_unit(r) * z->cdf[z->n - 1];
  uint32_t lo = 0, hi = z->n - 1;
  while(lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if(z->cdf[mid] > u)
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}
