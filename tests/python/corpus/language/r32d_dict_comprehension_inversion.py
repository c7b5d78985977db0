# Dictionaries: inverting with duplicates, merging with |=, nested get, setdefault grouping and a KeyError
capitals = {"France": "Paris", "Peru": "Lima", "Japan": "Tokyo", "Texas": "Austin"}
inv = {v: k for k, v in capitals.items()}
print(inv["Lima"], len(inv))
langs = {"ana": "py", "ben": "js", "cy": "py", "dee": "go", "eli": "js"}
by_lang = {}
for person, lang in langs.items():
    by_lang.setdefault(lang, []).append(person)
print(by_lang, {k: len(v) for k, v in sorted(by_lang.items(), key=lambda kv: (-len(kv[1]), kv[0]))})
settings = {"ui": {"theme": "dark"}}
settings |= {"lang": "en"}
print(settings, settings.get("ui", {}).get("font", "default"), settings.get("net", {}).get("proxy"))
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts, {k: v for k, v in counts.items() if v > 1}, dict(zip(*[iter("aAbBcC")] * 2)))
print(list(capitals.items())[1], next(iter(capitals.values())), {1: "a", 1.0: "b", True: "c"})
print(capitals["Spain"])
