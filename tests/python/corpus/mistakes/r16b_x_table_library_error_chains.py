# Library calls a learner gets wrong: each error's type, message, and the exception it carries as context or cause
import json, statistics, datetime, fractions, decimal, calendar, base64, csv, io, collections, heapq, itertools
import functools, random, string, textwrap, dataclasses, enum, copy, re, bisect, math, time

calls = [
    "json.loads('{\"a\": }')", "json.loads('[1, 2')", "json.loads('nan')", "json.loads(b'\\xff')", "json.dumps({(1, 2): 3})",
    "json.dumps(float('nan'), allow_nan=False)", "statistics.median([])", "statistics.mode([])", "statistics.stdev([1])",
    "statistics.mean(['1'])", "statistics.harmonic_mean([-1])", "datetime.datetime.strptime('31/02/2024', '%d/%m/%Y')",
    "datetime.datetime.strptime('x', '%Y')", "datetime.date(2024, 0, 1)", "datetime.timedelta(days='1')",
    "datetime.datetime.fromisoformat('2024-13-01')", "fractions.Fraction('1.5.2')", "fractions.Fraction(1, 0)",
    "fractions.Fraction('x/2')", "decimal.Decimal('1,5')", "decimal.Decimal(1) / 0", "calendar.month_abbr[13]",
    "calendar.weekday(2024, 2, 30)", "base64.b64decode('abc')", "base64.b64decode('a=bc', validate=True)",
    "next(csv.reader(io.StringIO('a,\"b')))", "collections.Counter(5)", "collections.deque([1], maxlen=-1)",
    "collections.namedtuple('P', 'a')(1, 2)", "heapq.heappush([], None) or heapq.heappush([1], None)",
    "list(itertools.islice([1], 'a'))", "functools.reduce(lambda a, b: a + b, [])", "random.randrange(0)",
    "random.sample({1, 2}, 1)", "random.choices([], k=1)", "string.Template('$x').substitute()", "textwrap.indent(5, ' ')",
    "dataclasses.replace(5)", "dataclasses.fields(5)", "copy.deepcopy(print)", "re.sub('a', '\\\\1', 'a')",
    "bisect.bisect([1, 2], 'a')", "math.log(0)", "math.log(-1)", "math.factorial(1.5)", "time.strftime('%Y', 5)",
    "int('12', 1)", "float('1e')", "divmod('a', 1)",
]
for src in calls:
    try:
        eval(src)
        print(f"{src}: no error")
    except Exception as e:
        ctx = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
        link = "from" if e.__cause__ else "while"
        more = f" [{link} {type(ctx).__name__}: {ctx}]" if ctx is not None else ""
        print(f"{src}: {type(e).__name__}: {e}{more}")
