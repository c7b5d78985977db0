# Mistake: a TypeError on a line holding wide (CJK) strings: the markers must line up under them.
def label(name, count):
    return "名前：" + name + "（件数：" + count + "）"

print(label("東京", "3"))
print(label("大阪", 5))
