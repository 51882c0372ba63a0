#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every KPI of `siyu kpi --json` against an independent computation from the workspace file.

usage: kpi_crosscheck.py SIYU WORKSPACE (WEEK... | --recent N) [--perturb]
  WEEK      an ISO week such as 2026-W46
  --recent  the N weeks up to the one of the workspace's latest event
  --perturb checks a copy of the workspace in another time zone, with another churn_days and
            some members deleted in the middle of the weeks checked

The computation here shares nothing with Siyu's engine: it reads the tables with Python's own
sqlite3 module and follows ../shared/DOMAIN.md and CONTRACT.md literally, member by member, in
the workspace's time zone. Exit status 0 when every KPI of every week agrees.
"""
import bisect
import datetime as dt
import json
import math
import sqlite3
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from zoneinfo import ZoneInfo


def week_bounds(week, zone):
    year, number = week.split('-W')
    monday = dt.date.fromisocalendar(int(year), int(number), 1)
    start = dt.datetime.combine(monday, dt.time(), tzinfo=zone)
    end = dt.datetime.combine(monday + dt.timedelta(days=7), dt.time(), tzinfo=zone)
    return int(start.timestamp()), int(end.timestamp())


def ratio(a, b):
    return None if b == 0 else a / b


class Store:
    def __init__(self, path):
        db = sqlite3.connect(f'file:{path}?mode=ro', uri=True)
        settings = dict(db.execute('SELECT key, value FROM settings'))
        self.zone = ZoneInfo(settings.get('time_zone', 'UTC'))
        self.churn = int(settings.get('churn_days', 60)) * 86400
        self.members = {r[0]: r[1:] for r in db.execute(
            'SELECT id, joined_at, deleted_at, referrer_ref FROM members')}
        self.events = db.execute(
            'SELECT member_ref, type, occurred_at, value FROM events').fetchall()
        self.orders = db.execute(
            'SELECT member_ref, amount_cents, paid_at, refunded, campaign_ref FROM orders'
        ).fetchall()
        self.content = db.execute(
            'SELECT scheduled_at, status, reads, likes, comments, shares, clicks FROM content'
        ).fetchall()
        self.costs = db.execute('SELECT amount_cents, incurred_at FROM campaign_costs').fetchall()
        # Each member's joined time, events and paid orders, in order: the churn timeline.
        times = defaultdict(list)
        for m, (joined, _, _) in self.members.items():
            times[m].append(joined)
        for m, _, t, _ in self.events:
            times[m].append(t)
        for m, _, t, refunded, _ in self.orders:
            if not refunded:
                times[m].append(t)
        self.times = {m: sorted(ts) for m, ts in times.items()}

    def counted(self, m, end):
        """A member counts for a period ending at `end` unless deleted before it."""
        deleted = self.members[m][1]
        return deleted is None or deleted >= end

    def total_at(self, t):
        return sum(1 for m, (joined, deleted, _) in self.members.items()
                   if joined < t and (deleted is None or deleted >= t))

    def churned(self, start, end):
        result = set()
        for m, ts in self.times.items():
            if not self.counted(m, end):
                continue
            for i, t in enumerate(ts):
                following = ts[i + 1] if i + 1 < len(ts) else None
                if following is None or following - t >= self.churn:
                    if start <= t + self.churn < end:
                        result.add(m)
                        break
        return result

    def kpis(self, start, end):
        ok = lambda m: self.counted(m, end)
        new = [m for m, (j, _, _) in self.members.items() if start <= j < end and ok(m)]
        total = self.total_at(end)
        active = {m for m, _, t, _ in self.events if start <= t < end and ok(m)}
        churned = self.churned(start, end)
        content = [c for c in self.content
                   if start <= c[0] < end and c[1] in ('published', 'reviewed')]
        reads, likes, comments, shares, clicks = (sum(c[i] for c in content) for i in range(2, 7))
        paid = [o for o in self.orders if start <= o[2] < end and not o[3] and ok(o[0])]
        per_buyer = defaultdict(int)
        for o in paid:
            per_buyer[o[0]] += 1
        gmv = sum(o[1] for o in paid)
        attributed = sum(o[1] for o in paid if o[4] is not None)
        cost = sum(c[0] for c in self.costs if start <= c[1] < end)
        lifetime = defaultdict(int)
        for o in self.orders:
            if not o[3] and o[2] < end:
                lifetime[o[0]] += o[1]
        members_at_end = [m for m, (j, d, _) in self.members.items()
                          if j < end and (d is None or d >= end)]
        referred = [m for m in new if self.members[m][2] is not None]
        referrers = {self.members[m][2] for m in referred}
        scores = [v for m, kind, t, v in self.events
                  if kind == 'survey' and start <= t < end and v is not None and ok(m)]
        buyers = len(per_buyer)
        return {
            'new_members': len(new),
            'total_members': total,
            'active_members': len(active),
            'activity_rate': ratio(len(active), total),
            'churned_members': len(churned),
            'churn_rate': ratio(len(churned), self.total_at(start)),
            'content_reads': reads,
            'content_likes': likes,
            'content_comments': comments,
            'content_shares': shares,
            'interaction_rate': ratio(likes + comments + shares, reads),
            'ctr': ratio(clicks, reads),
            'buyers': buyers,
            'conversion_rate': ratio(buyers, len(active)),
            'gmv': gmv / 100,
            'orders': len(paid),
            'aov': None if not paid else gmv / 100 / len(paid),
            'repurchase_rate': ratio(sum(1 for n in per_buyer.values() if n >= 2), buyers),
            'arpu': None if not active else gmv / 100 / len(active),
            'ltv': None if not members_at_end else
                   sum(lifetime[m] for m in members_at_end) / 100 / len(members_at_end),
            'cac': None if not new else cost / 100 / len(new),
            'roi': None if cost == 0 else (attributed - cost) / cost,
            'k_factor': ratio(len(referred), len(referrers)),
            'satisfaction': None if not scores else sum(scores) / len(scores),
        }


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def recent_weeks(workspace, count):
    db = sqlite3.connect(f'file:{workspace}?mode=ro', uri=True)
    zone = ZoneInfo(dict(db.execute('SELECT key, value FROM settings')).get('time_zone', 'UTC'))
    latest = db.execute('SELECT max(occurred_at) FROM events').fetchone()[0]
    day = dt.datetime.fromtimestamp(latest, zone).date()
    weeks = []
    for i in range(count):
        year, number, _ = (day - dt.timedelta(weeks=i)).isocalendar()
        weeks.append(f'{year}-W{number:02d}')
    return weeks[::-1]


def perturb(workspace, weeks, directory):
    """A copy in New York time, churn after 45 days, every 37th member deleted mid-way."""
    copy = os.path.join(directory, 'perturbed.siyu')
    source = sqlite3.connect(workspace)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    zone = ZoneInfo('America/New_York')
    start, _ = week_bounds(weeks[0], zone)
    _, end = week_bounds(weeks[-1], zone)
    with target:
        target.execute("INSERT OR REPLACE INTO settings(key, value) "
                       "VALUES('time_zone', 'America/New_York'), ('churn_days', '45')")
        target.execute('UPDATE members SET deleted_at = ? + (id * 7919) % (? - ?) '
                       'WHERE id % 37 = 0', (start, end, start))
    target.close()
    return copy


def main():
    args = sys.argv[1:]
    perturbed = '--perturb' in args
    args = [a for a in args if a != '--perturb']
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    siyu, workspace = args[0], args[1]
    weeks = recent_weeks(workspace, int(args[3])) if args[2] == '--recent' else args[2:]
    scratch = tempfile.mkdtemp()
    try:
        if perturbed:
            workspace = perturb(workspace, weeks, scratch)
        return compare(siyu, workspace, weeks)
    finally:
        shutil.rmtree(scratch)


def compare(siyu, workspace, weeks):
    store = Store(workspace)
    failures = 0
    for week in weeks:
        out = subprocess.run([siyu, 'kpi', '--workspace', workspace, '--week', week, '--json',
                              # whole weeks, as computed here, even the current one
                              '--as-of', '2100-01-01'],
                             check=True, capture_output=True, text=True).stdout
        got = json.loads(out)
        expected = store.kpis(*week_bounds(week, store.zone))
        if set(got) != set(expected):
            print(f'{week}: keys differ: {sorted(set(got) ^ set(expected))}')
            failures += 1
        for key, value in expected.items():
            if not same(got.get(key), value):
                print(f'{week} {key}: siyu {got.get(key)!r}, independent {value!r}')
                failures += 1
        print(f'{week}: {len(expected)} KPIs compared')
    print('all KPIs agree' if failures == 0 else f'{failures} differences')
    return 0 if failures == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
