# a script indented with tabs throughout; the error line is tab-indented
def total(items):
	result = 0
	for it in items:
		result += it["price"] * it["qty"]
	return result

print(total([{"price": 2, "qty": 3}]))
print(total([{"price": 2, "qty": "3"}, {"price": 1}]))
