# Errors raised inside f-string expressions and format specs, with their traceback markers
data = {"name": "Ann", "scores": [90, 85]}
print(f"{data['name']} averaged {sum(data['scores']) / len(data['scores']):.1f}")
width = 8
print(f"|{data['name']:>{width}}|{len(data):^{width // 2}}|")
for expr in ["f'{data[\"age\"]}'", "f'{1 / 0}'", "f'{data:%Y}'", "f'{3.5:d}'", "f'{\"x\":{\"<\"}10}'", "f'{width:,.2z}'"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
scores = data["scores"]
print(f"Best: {max(scores)} worst: {min(scores)} third: {scores[2]}")
