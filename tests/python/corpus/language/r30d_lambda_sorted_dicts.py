# Sorting and grouping a list of dicts with lambdas, itemgetter and itertools.groupby
from itertools import groupby
from operator import itemgetter

books = [
    {"title": "Dune", "author": "Herbert", "year": 1965, "rating": 4.3},
    {"title": "Emma", "author": "Austen", "year": 1815, "rating": 4.0},
    {"title": "Persuasion", "author": "Austen", "year": 1817, "rating": 4.2},
    {"title": "Neuromancer", "author": "Gibson", "year": 1984, "rating": 3.9},
    {"title": "Children of Dune", "author": "Herbert", "year": 1976, "rating": 3.9},
]
for b in sorted(books, key=lambda b: (-b["rating"], b["title"])):
    print(f"{b['rating']:.1f} {b['title']}")
books.sort(key=itemgetter("author", "year"))
for author, group in groupby(books, key=itemgetter("author")):
    titles = [g["title"] for g in group]
    print(f"{author}: {len(titles)} -> {'; '.join(titles)}")
print(max(books, key=lambda b: b["year"])["title"], min(b["year"] for b in books))
by_decade = {}
for b in books:
    by_decade.setdefault(b["year"] // 10 * 10, []).append(b["title"])
print(by_decade)
print(sorted(books)[0])
