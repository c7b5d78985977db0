# A greeting program written with Japanese text; the lookup key is wrong.
挨拶 = {"朝": "おはよう", "夜": "こんばんは"}

def 言う(時間):
    return 挨拶[時間] + "、世界"

print(言う("朝"))
print(言う("昼"))
