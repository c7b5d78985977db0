# Wrote a dict entry without its colon.
prices = {
    "apple": 1.2,
    "pear" 0.8,
    "plum": 2.5,
}
print(sum(prices.values()))
