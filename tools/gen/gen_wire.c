/*
 * gen_wire.c: packets and capture files of ppgen (a part of ppgen.c).
 *
 * Files: pcap with microsecond timestamps (draft-ietf-opsawg-pcap) and
 * pcapng (draft-ietf-opsawg-pcapng: SHB, an IDB per link type when that
 * type is first used, EPBs), both written little-endian as a little-endian
 * host would, through one large buffer.
 *
 * A packet is built from the inside out in a scratch buffer that has HEAD
 * bytes of headroom:
 *
 *   payload <- TCP (RFC 9293) / UDP (RFC 768)
 *           <- IPv6 extension headers <- IPv4 (RFC 791) / IPv6 (RFC 8200)
 *           [<- inner Ethernet (0x6558)] [<- GRE (RFC 2784/2890)
 *            <- outer IPv4, protocol 47]
 *           [<- MPLS (RFC 3032) | PPPoE session + PPP (RFC 2516)
 *            | 802.1Q | QinQ]
 *           <- Ethernet (DLT 1) | Linux SLL (113) | SLL2 (276)
 *              | raw IP (101) | null (0, AF in host order)
 */

#define C2S 0
#define S2C 1

#define TH_FIN 0x01u
#define TH_SYN 0x02u
#define TH_RST 0x04u
#define TH_PSH 0x08u
#define TH_ACK 0x10u

#define IPP_TCP 6
#define IPP_UDP 17

/* BSD AF_INET6 value for DLT_NULL, as macOS/FreeBSD loopback writes it */
#define NULL_AF_INET 2
#define NULL_AF_INET6 24

static const uint8_t gw_mac[6] = { 0x02, 0x50, 0x50, 0x00, 0x00, 0x01 };
static const uint8_t far_mac[6] = { 0x02, 0x50, 0x50, 0x00, 0x00, 0x02 };
static const uint16_t qinq_tpid[3] = { 0x88a8, 0x9100, 0x8100 };

/* ---- files -------------------------------------------------------------- */

static void le16(uint8_t *p, unsigned v)
{
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
}

static void le32(uint8_t *p, uint32_t v)
{
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

static void out_flush(struct out *o)
{
  if(o->len && !o->err && fwrite(o->buf, 1, o->len, o->fp) != o->len)
    o->err = errno ? errno : EIO;
  o->len = 0;
}

/* Room for n bytes at the end of the buffer (n <= OUT_BUF). */
static uint8_t *out_room(struct out *o, size_t n)
{
  uint8_t *p;
  if(o->len + n > OUT_BUF)
    out_flush(o);
  p = o->buf + o->len;
  o->len += n;
  return p;
}

/* pcapng option: code, length, value padded to 4 bytes. */
static size_t ng_opt(uint8_t *p, unsigned code, const void *v, size_t n)
{
  size_t pad = (4 - n % 4) % 4;
  le16(p, code);
  le16(p + 2, (unsigned)n);
  memcpy(p + 4, v, n);
  memset(p + 4 + n, 0, pad);
  return 4 + n + pad;
}

static void out_shb(struct out *o)
{
  uint8_t b[128];
  char app[64];
  size_t n = 0;
  int an = snprintf(app, sizeof(app), "ppgen (%s %s)", PACKAGE_NAME,
                    PACKAGE_VERSION);
  le32(b, 0x0a0d0d0au);
  le32(b + 8, 0x1a2b3c4du);
  le16(b + 12, 1);
  le16(b + 14, 0);
  memset(b + 16, 0xff, 8);               /* section length unknown */
  n = 24;
  n += ng_opt(b + n, 4, app, (size_t)an);    /* shb_userappl */
  n += ng_opt(b + n, 0, "", 0);              /* opt_endofopt */
  n += 4;
  le32(b + 4, (uint32_t)n);
  le32(b + n - 4, (uint32_t)n);
  memcpy(out_room(o, n), b, n);
}

static void out_idb(struct out *o, int link)
{
  uint8_t b[96];
  char name[32];
  uint8_t tsres = 6;
  size_t n;
  int nn = snprintf(name, sizeof(name), "ppgen-%s", link_names[link]);
  le32(b, 1);
  le16(b + 8, link_dlt[link]);
  le16(b + 10, 0);
  le32(b + 12, o->snaplen);
  n = 16;
  n += ng_opt(b + n, 2, name, (size_t)nn);   /* if_name */
  n += ng_opt(b + n, 9, &tsres, 1);          /* if_tsresol: usec */
  n += ng_opt(b + n, 0, "", 0);
  n += 4;
  le32(b + 4, (uint32_t)n);
  le32(b + n - 4, (uint32_t)n);
  memcpy(out_room(o, n), b, n);
  o->ifid[link] = o->nif++;
}

/* Open the capture and write its header; link is the pcap link type
 * (ignored for pcapng).  PP_OK, PP_EIO (o->err) or PP_ENOMEM. */
static int out_open(struct out *o, const char *path, bool pcapng,
                    unsigned link, uint32_t snaplen)
{
  int i;
  memset(o, 0, sizeof(*o));
  for(i = 0; i < L_N; i++)
    o->ifid[i] = -1;
  o->pcapng = pcapng;
  o->snaplen = snaplen;
  o->buf = pp_malloc(OUT_BUF);
  if(!o->buf)
    return PP_ENOMEM;
  o->fp = fopen(path, "wb");
  if(!o->fp) {
    o->err = errno;
    return PP_EIO;
  }
  if(pcapng)
    out_shb(o);
  else {
    uint8_t *h = out_room(o, 24);
    le32(h, 0xa1b2c3d4u);
    le16(h + 4, 2);
    le16(h + 6, 4);
    le32(h + 8, 0);
    le32(h + 12, 0);
    le32(h + 16, snaplen);
    le32(h + 20, link_dlt[link]);
  }
  return PP_OK;
}

static void out_packet(struct out *o, unsigned link, uint64_t t,
                       const uint8_t *d, size_t len)
{
  uint32_t cap = (uint32_t)PP_MIN(len, (size_t)o->snaplen);
  if(!o->pcapng) {
    uint8_t *h = out_room(o, 16 + cap);
    le32(h, (uint32_t)(t / 1000000u));
    le32(h + 4, (uint32_t)(t % 1000000u));
    le32(h + 8, cap);
    le32(h + 12, (uint32_t)len);
    memcpy(h + 16, d, cap);
  }
  else {
    uint32_t pad = (4 - cap % 4) % 4, tot = 32 + cap + pad;
    uint8_t *h;
    if(o->ifid[link] < 0)
      out_idb(o, (int)link);
    h = out_room(o, tot);
    le32(h, 6);
    le32(h + 4, tot);
    le32(h + 8, (uint32_t)o->ifid[link]);
    le32(h + 12, (uint32_t)(t >> 32));
    le32(h + 16, (uint32_t)t);
    le32(h + 20, cap);
    le32(h + 24, (uint32_t)len);
    memcpy(h + 28, d, cap);
    memset(h + 28 + cap, 0, pad);
    le32(h + 28 + cap + pad, tot);
  }
}

/* Flush and close; PP_OK or PP_EIO with o->err set.  NULL-safe parts. */
static int out_close(struct out *o)
{
  if(o->fp) {
    out_flush(o);
    if(fclose(o->fp) && !o->err)
      o->err = errno ? errno : EIO;
    o->fp = NULL;
  }
  pp_free(o->buf);
  o->buf = NULL;
  return o->err ? PP_EIO : PP_OK;
}

/* ---- payload sources ------------------------------------------------- */

static void pool_copy(const struct gen *g, uint32_t off, uint8_t *out,
                      size_t n)
{
  while(n) {
    uint32_t o = off & (POOL_SIZE - 1);
    size_t k = PP_MIN(n, (size_t)(POOL_SIZE - o));
    memcpy(out, g->pool + o, k);
    out += k;
    off += (uint32_t)k;
    n -= k;
  }
}

/* Bytes [o, o+n) of a piece of back-to-back application_data records of
 * pc->rec bytes, the last one shorter. */
static void tlsrec_read(const struct gen *g, const struct piece *pc,
                        uint32_t o, uint32_t n, uint8_t *out)
{
  uint32_t unit = 5u + pc->rec, nrec = (pc->len + unit - 1) / unit;
  while(n) {
    uint32_t k = o / unit, pos = o % unit;
    uint32_t plen = k == nrec - 1 ? pc->len - k * unit - 5 : pc->rec;
    if(pos < 5) {
      uint8_t h[5] = { 0x17, 0x03, 0x03, (uint8_t)(plen >> 8),
                       (uint8_t)plen };
      *out++ = h[pos];
      o++;
      n--;
    }
    else {
      uint32_t m = PP_MIN(n, 5 + plen - pos);
      pool_copy(g, pc->src + o, out, m);
      out += m;
      o += m;
      n -= m;
    }
  }
}

static void stream_read(const struct gen *g, const struct flow *f, int dir,
                        uint32_t off, uint32_t n, uint8_t *out)
{
  const struct stream *s = &f->st[dir];
  uint32_t i = 0;
  while(n) {
    const struct piece *pc;
    uint32_t o, k;
    while(i < s->n && off >= s->pc[i].start + s->pc[i].len)
      i++;
    if(i == s->n) {
      memset(out, 0, n);                 /* not reached: lengths agree */
      return;
    }
    pc = &s->pc[i];
    o = off - pc->start;
    k = PP_MIN(n, pc->len - o);
    if(pc->type == PC_BYTES)
      memcpy(out, f->buf + pc->src + o, k);
    else if(pc->type == PC_RANDOM)
      pool_copy(g, pc->src + o, out, k);
    else
      tlsrec_read(g, pc, o, k, out);
    out += k;
    off += k;
    n -= k;
  }
}

/* ---- transport ---------------------------------------------------------- */

static uint64_t pseudo_sum(const struct pp_addr *s, const struct pp_addr *d,
                           unsigned proto, size_t len)
{
  uint8_t ph[40];
  if(s->family == PP_AF_INET) {
    memcpy(ph, s->a, 4);
    memcpy(ph + 4, d->a, 4);
    ph[8] = 0;
    ph[9] = (uint8_t)proto;
    put16(ph + 10, (unsigned)len);
    return csum_add(0, ph, 12);
  }
  memcpy(ph, s->a, 16);
  memcpy(ph + 16, d->a, 16);
  put32(ph + 32, (uint32_t)len);
  ph[36] = ph[37] = ph[38] = 0;
  ph[39] = (uint8_t)proto;
  return csum_add(0, ph, 40);
}

/* TCP options of a segment (RFC 9293 3.2, RFC 7323, RFC 2018) in the
 * order the sender's OS uses on SYNs; updates the timestamp state. */
static size_t tcp_options(struct flow *f, const struct pkt *p, uint8_t *o)
{
  int dir = p->dir;
  uint32_t tsval = f->tsbase[dir] + (uint32_t)((p->t - f->t0) / 1000u);
  uint32_t tsecr = f->last_tsval[!dir];
  size_t n = 0;
  bool offer_ts = dir == C2S ? f->os != OS_WINDOWS : f->ts;
  if(p->flags & TH_SYN) {
    uint16_t mss = dir == C2S ?
                   (uint16_t)(f->mtu - (f->cli.family == PP_AF_INET ?
                                        40 : 60)) :
                   (uint16_t)(f->mss + (f->ts ? 12 : 0));
    if(dir == C2S)
      tsecr = 0;
    o[n++] = 2;
    o[n++] = 4;
    put16(o + n, mss);
    n += 2;
    if(dir == C2S && f->os == OS_WINDOWS) {
      memcpy(o + n, "\x01\x03\x03", 3);
      o[n + 3] = f->ws[dir];
      memcpy(o + n + 4, "\x01\x01\x04\x02", 4);
      n += 8;
    }
    else if(dir == C2S && f->os == OS_APPLE) {
      memcpy(o + n, "\x01\x03\x03", 3);
      o[n + 3] = f->ws[dir];
      memcpy(o + n + 4, "\x01\x01\x08\x0a", 4);
      put32(o + n + 8, tsval);
      put32(o + n + 12, tsecr);
      memcpy(o + n + 16, "\x04\x02\x00\x00", 4);
      n += 20;
    }
    else if(offer_ts) {
      memcpy(o + n, "\x04\x02\x08\x0a", 4);
      put32(o + n + 4, tsval);
      put32(o + n + 8, tsecr);
      memcpy(o + n + 12, "\x01\x03\x03", 3);
      o[n + 15] = f->ws[dir];
      n += 16;
    }
    else {
      memcpy(o + n, "\x01\x01\x04\x02\x01\x03\x03", 7);
      o[n + 7] = f->ws[dir];
      n += 8;
    }
  }
  else {
    if(f->ts) {
      memcpy(o + n, "\x01\x01\x08\x0a", 4);
      put32(o + n + 4, tsval);
      put32(o + n + 8, tsecr);
      n += 12;
    }
    if(p->aux2) {
      memcpy(o + n, "\x01\x01\x05\x0a", 4);
      put32(o + n + 4, f->isn[!dir] + p->aux);
      put32(o + n + 8, f->isn[!dir] + p->aux2);
      n += 12;
    }
  }
  if(offer_ts || f->ts)
    f->last_tsval[dir] = tsval;
  return n;
}

static unsigned tcp_window(const struct flow *f, const struct pkt *p)
{
  uint32_t w;
  if(p->flags & TH_SYN)
    return f->win0[p->dir];
  if(p->flags & TH_RST)
    return 0;
  /* the receive window opens as data arrives */
  w = f->win[p->dir] + ((p->ack >> (f->ws[p->dir] + 3)) & 0xffffu);
  return PP_MIN(w, 65535u);
}

/* Write the TCP header in front of the n payload bytes at d. */
static uint8_t *put_tcp(struct flow *f, const struct pkt *p, uint8_t *d,
                        size_t *n, const struct pp_addr *src,
                        const struct pp_addr *dst)
{
  uint8_t opt[40];
  size_t ol = tcp_options(f, p, opt);
  uint8_t *h = d - 20 - ol;
  int dir = p->dir;
  uint16_t c;
  put16(h, dir == C2S ? f->cport : f->sport);
  put16(h + 2, dir == C2S ? f->sport : f->cport);
  put32(h + 4, f->isn[dir] + p->seq);
  put32(h + 8, (p->flags & TH_ACK) ? f->isn[!dir] + p->ack : 0);
  h[12] = (uint8_t)(((20 + ol) / 4) << 4);
  h[13] = p->flags;
  put16(h + 14, tcp_window(f, p));
  put16(h + 16, 0);
  put16(h + 18, 0);
  memcpy(h + 20, opt, ol);
  *n += 20 + ol;
  c = csum_fold(csum_add(pseudo_sum(src, dst, IPP_TCP, *n), h, *n));
  memcpy(h + 16, &c, 2);
  return h;
}

static uint8_t *put_udp(uint8_t *d, size_t *n, const struct pp_addr *src,
                        const struct pp_addr *dst, unsigned sp, unsigned dp)
{
  uint8_t *h = d - 8;
  uint16_t c;
  put16(h, sp);
  put16(h + 2, dp);
  put16(h + 4, (unsigned)(*n + 8));
  put16(h + 6, 0);
  *n += 8;
  c = csum_fold(csum_add(pseudo_sum(src, dst, IPP_UDP, *n), h, *n));
  if(!c)
    c = 0xffff;                          /* 0 means "no checksum" */
  memcpy(h + 6, &c, 2);
  return h;
}

/* ---- IP ----------------------------------------------------------------- */

static uint8_t *put_ipv4(uint8_t *l4, size_t *n, const uint8_t *src,
                         const uint8_t *dst, unsigned proto, unsigned ttl,
                         unsigned id, unsigned frag)
{
  uint8_t *h = l4 - 20;
  uint16_t c;
  h[0] = 0x45;
  h[1] = 0;
  put16(h + 2, (unsigned)(*n + 20));
  put16(h + 4, id);
  put16(h + 6, frag);
  h[8] = (uint8_t)ttl;
  h[9] = (uint8_t)proto;
  put16(h + 10, 0);
  memcpy(h + 12, src, 4);
  memcpy(h + 16, dst, 4);
  c = csum_fold(csum_add(0, h, 20));
  memcpy(h + 10, &c, 2);
  *n += 20;
  return h;
}

/* Bytes the IPv6 extension headers of `ext` take. */
static size_t v6ext_len(unsigned ext)
{
  return ((ext & X_HBH) ? 8 : 0) + ((ext & X_DST) ? 8 : 0) +
         ((ext & X_SRH) ? 24 : (ext & X_RH0) ? 8 : 0);
}

static uint8_t *put_ipv6(uint8_t *l4, size_t *n, const struct pp_addr *src,
                         const struct pp_addr *dst, unsigned proto,
                         unsigned hlim, uint32_t flowlabel, unsigned ext)
{
  uint8_t *h = l4;
  uint8_t next = (uint8_t)proto;
  if(ext & X_SRH) {
    /* one segment, the destination itself, none left (RFC 8754 2) */
    h -= 24;
    h[0] = next;
    h[1] = 2;
    h[2] = 4;
    h[3] = 0;
    h[4] = 0;
    h[5] = 0;
    put16(h + 6, 0);
    memcpy(h + 8, dst->a, 16);
    next = 43;
  }
  else if(ext & X_RH0) {
    h -= 8;
    memset(h, 0, 8);
    h[0] = next;
    next = 43;
  }
  if(ext & X_DST) {
    h -= 8;
    memcpy(h, "\x00\x00\x01\x04\x00\x00\x00\x00", 8);   /* PadN */
    h[0] = next;
    next = 60;
  }
  if(ext & X_HBH) {
    h -= 8;
    memcpy(h, "\x00\x00\x01\x04\x00\x00\x00\x00", 8);
    h[0] = next;
    next = 0;
  }
  *n += (size_t)(l4 - h);
  h -= 40;
  put32(h, 6u << 28 | (flowlabel & 0xfffffu));
  put16(h + 4, (unsigned)*n);
  h[6] = next;
  h[7] = (uint8_t)hlim;
  memcpy(h + 8, src->a, 16);
  memcpy(h + 24, dst->a, 16);
  *n += 40;
  return h;
}

/* ---- tunnels and links ------------------------------------------------ */

static void tunnel_ends(const struct flow *f, int dir, uint8_t *src,
                        uint8_t *dst)
{
  uint8_t near_end[4] = { 192, 0, 2, (uint8_t)(10 + f->client % 200) };
  uint8_t far_end[4] = { 192, 0, 2, 1 };
  memcpy(src, dir == C2S ? near_end : far_end, 4);
  memcpy(dst, dir == C2S ? far_end : near_end, 4);
}

/* Wrap the IP packet at ip (n bytes) in the flow's tunnel, encapsulation
 * and link header, and write it. */
static void link_and_write(struct gen *g, struct flow *f, int dir,
                           uint8_t *ip, size_t n, uint64_t t)
{
  const struct client *c = &g->clients.v[f->client];
  const uint8_t *smac = dir == C2S ? c->mac : gw_mac;
  const uint8_t *dmac = dir == C2S ? gw_mac : c->mac;
  uint8_t *h = ip;
  bool v4 = (ip[0] >> 4) == 4;
  unsigned et, i;
  if(f->encap == E_GRE) {
    unsigned proto = v4 ? 0x0800 : 0x86dd, gl = 4, off = 4;
    uint8_t ts[4], td[4];
    if(f->gre_eth) {
      h -= 14;
      memcpy(h, dir == C2S ? far_mac : c->mac, 6);
      memcpy(h + 6, dir == C2S ? c->mac : far_mac, 6);
      put16(h + 12, proto);
      n += 14;
      proto = 0x6558;
    }
    gl += (f->gre_flags & GRE_C) ? 4 : 0;
    gl += (f->gre_flags & GRE_K) ? 4 : 0;
    gl += (f->gre_flags & GRE_S) ? 4 : 0;
    h -= gl;
    put16(h, f->gre_flags);
    put16(h + 2, proto);
    if(f->gre_flags & GRE_C) {
      put32(h + 4, 0);
      off = 8;
    }
    if(f->gre_flags & GRE_K) {
      put32(h + off, f->gre_key);
      off += 4;
    }
    if(f->gre_flags & GRE_S)
      put32(h + off, f->gre_seq[dir]++);
    n += gl;
    if(f->gre_flags & GRE_C) {
      uint16_t cs = csum_fold(csum_add(0, h, n));
      memcpy(h + 4, &cs, 2);
    }
    tunnel_ends(f, dir, ts, td);
    {
      struct pp_addr ta;
      pp_addr_set4(&ta, ts);
      h = put_ipv4(h, &n, ts, td, 47, 64, g->ipid_srv[ipid_slot(&ta)]++,
                   0x4000);
    }
    v4 = true;
  }
  et = v4 ? 0x0800 : 0x86dd;
  switch(f->encap) {
  case E_MPLS:
    for(i = 0; i < f->mpls_n; i++) {
      /* the first label written is the bottom of the stack */
      uint32_t label = i == 0 ? 16 + (f->client * 7919u) % 1000000u :
                       1000 + i * 211 + f->client % 97;
      h -= 4;
      put32(h, label << 12 | (i == 0 ? 0x100u : 0) | 64u);
      n += 4;
    }
    et = 0x8847;
    break;
  case E_PPPOE:
    h -= 2;
    put16(h, v4 ? 0x0021 : 0x0057);
    n += 2;
    h -= 6;
    h[0] = 0x11;
    h[1] = 0;
    put16(h + 2, 1 + f->client % 0xfffeu);
    put16(h + 4, (unsigned)n);
    n += 6;
    et = 0x8864;
    break;
  case E_VLAN:
    h -= 4;
    put16(h, 100 + f->client % 3000);
    put16(h + 2, et);
    n += 4;
    et = 0x8100;
    break;
  case E_QINQ:
    h -= 8;
    put16(h, 10 + f->client % 50);                  /* S-tag */
    put16(h + 2, 0x8100);
    put16(h + 4, 100 + f->client % 4000);           /* C-tag */
    put16(h + 6, et);
    n += 8;
    et = qinq_tpid[f->qinq_i];
    break;
  default:
    break;
  }
  switch(f->link) {
  case L_ETHER:
    h -= 14;
    memcpy(h, dmac, 6);
    memcpy(h + 6, smac, 6);
    put16(h + 12, et);
    n += 14;
    break;
  case L_SLL:
    h -= 16;
    put16(h, dir == C2S ? 0 : 4);        /* to us / outgoing */
    put16(h + 2, 1);                     /* ARPHRD_ETHER */
    put16(h + 4, 6);
    memcpy(h + 6, smac, 6);
    put16(h + 12, 0);
    put16(h + 14, et);
    n += 16;
    break;
  case L_SLL2:
    h -= 20;
    put16(h, et);
    put16(h + 2, 0);
    put32(h + 4, 2);                     /* interface index */
    put16(h + 8, 1);
    h[10] = dir == C2S ? 0 : 4;
    h[11] = 6;
    memcpy(h + 12, smac, 6);
    put16(h + 18, 0);
    n += 20;
    break;
  case L_NULL:
    h -= 4;
    le32(h, v4 ? NULL_AF_INET : NULL_AF_INET6);
    n += 4;
    break;
  default:
    break;
  }
  g->wire_bytes += n;
  out_packet(&g->out, f->link, t, h, n);
}

static unsigned next_ipid(struct gen *g, struct flow *f, int dir)
{
  if(dir == C2S)
    return g->clients.v[f->client].ipid++;
  return g->ipid_srv[ipid_slot(&f->srv)]++;
}

/* Put the IP header in front of the L4 bytes and send the packet.
 * frag != 0: an IPv4 fragment with that flags/offset field and p->ipid. */
static void send_ip(struct gen *g, struct flow *f, const struct pkt *p,
                    uint8_t *l4, size_t n, unsigned frag)
{
  int dir = p->dir;
  const struct pp_addr *src = dir == C2S ? &f->cli : &f->srv;
  const struct pp_addr *dst = dir == C2S ? &f->srv : &f->cli;
  uint8_t *ip;
  if(src->family == PP_AF_INET) {
    unsigned id = frag ? p->ipid : next_ipid(g, f, dir);
    unsigned ff = frag ? frag : f->df ? 0x4000u : 0;
    ip = put_ipv4(l4, &n, src->a, dst->a, f->l4, f->ttl[dir], id, ff);
  }
  else
    ip = put_ipv6(l4, &n, src, dst, f->l4, f->ttl[dir], f->flowlabel[dir],
                  f->v6ext);
  f->packets++;
  f->bytes += n;
  g->packets++;
  if(p->note & PN_BULK)
    g->bulk_packets++;
  link_and_write(g, f, dir, ip, n, p->t);
}

/*
 * A WireGuard message (www.wireguard.com/protocol): type 1 handshake
 * initiation (148 bytes), 2 response (92), 4 transport data (16-byte
 * header, then ciphertext in multiples of 16); the rest is random.
 */
static void wg_message(const struct gen *g, const struct flow *f,
                       const struct pkt *p, uint8_t *d, size_t n)
{
  unsigned type = p->type == PT_FRAG ? 4 : p->flags;
  pool_copy(g, p->aux, d, n);
  d[0] = (uint8_t)type;
  d[1] = d[2] = d[3] = 0;
  le32(d + 4, f->wg_idx[type == 4 ? !p->dir : p->dir]);
  if(type == 2)
    le32(d + 8, f->wg_idx[!p->dir]);
  else if(type == 4) {
    le32(d + 8, p->aux2);
    le32(d + 12, 0);
  }
}

/* Write one queued packet of flow f. */
static void emit(struct gen *g, struct flow *f, const struct pkt *p)
{
  int dir = p->dir;
  const struct pp_addr *src = dir == C2S ? &f->cli : &f->srv;
  const struct pp_addr *dst = dir == C2S ? &f->srv : &f->cli;
  unsigned sp = dir == C2S ? f->cport : f->sport;
  unsigned dp = dir == C2S ? f->sport : f->cport;
  uint8_t *d = g->scr + HEAD, *l4;
  size_t n = p->len;
  switch(p->type) {
  case PT_TCP:
    if(n)
      stream_read(g, f, dir, p->seq - 1, p->len, d);
    l4 = put_tcp(f, p, d, &n, src, dst);
    send_ip(g, f, p, l4, n, 0);
    return;
  case PT_UDP:
    memcpy(d, f->buf + p->seq, n);
    break;
  case PT_QSHORT: {
    const uint8_t *cid = dir == C2S ? f->cid_s : f->cid_c;
    size_t cl = dir == C2S ? f->cid_s_len : f->cid_c_len;
    d[0] = (uint8_t)(0x40 | ((p->aux >> 7) & 0x3f));
    memcpy(d + 1, cid, cl);
    pool_copy(g, p->aux, d + 1 + cl, n - 1 - cl);
    break;
  }
  case PT_WG:
    wg_message(g, f, p, d, n);
    break;
  case PT_FRAG: {
    /* build the whole datagram, send the slice this fragment holds */
    uint8_t *s = g->scr2 + HEAD;
    unsigned ff = (p->flags ? 0x2000u : 0) | (p->seq / 8);
    n = p->ack - 8;
    wg_message(g, f, p, d, n);
    l4 = put_udp(d, &n, src, dst, sp, dp);
    memcpy(s, l4 + p->seq, p->len);
    send_ip(g, f, p, s, p->len, ff);
    return;
  }
  default:
    return;
  }
  l4 = put_udp(d, &n, src, dst, sp, dp);
  send_ip(g, f, p, l4, n, 0);
}
