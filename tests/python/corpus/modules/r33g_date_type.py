# Dates on the command line with date.fromisoformat as the type
import argparse
import datetime

p = argparse.ArgumentParser(prog="report")
p.add_argument("--since", type=datetime.date.fromisoformat, required=True)
p.add_argument("--days", type=int, default=7)
a = p.parse_args(["--since", "2024-02-27", "--days", "3"])
for i in range(a.days):
    d = a.since + datetime.timedelta(days=i)
    print(d.isoformat(), d.strftime("%A"))
p.parse_args(["--since", "27/02/2024"])
