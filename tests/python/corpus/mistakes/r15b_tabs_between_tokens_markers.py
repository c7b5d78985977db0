# Mistake: tabs used to line up an expression; the failing line keeps its tabs in the traceback.
rates = {"eur": 1.0, "usd": 1.1}
amounts = [("eur", 10), ("gbp", 5)]
for cur, amount in amounts:
	converted =	amount	*	rates[cur]
	print(cur, converted)
