# Carets under lines with wide characters (CJK, emoji, fullwidth): each takes two columns.
def report(scores):
    for name, score in scores.items():
        print(f"{name}: {score}")
    print("✅ 合計:", sum(scores.values()), "平均:", scores["平均"] + 1)

def show(label):
    return "ｘ＝" + label

print(show("名前"))
data = {"名前": "たろう", "点数": [1, 2]}
print("🎉 結果:", data["点数"][0] + data["点数"][1], data["名前"].upper())
try:
    print("🎉 結果:", data["点数"][0] + data["点数"][1], data["名前"].upper().nope)
except AttributeError as e:
    print(e)
results = {"太郎": 3, "花子": 4}
print("📊", report(results), "件数：", len(results))
