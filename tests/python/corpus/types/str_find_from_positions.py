# find/rfind/index/rindex with start and end, on ASCII and on non-ASCII
# text (positions are code points, not bytes), and a scan of 20,000
# matches by find(sub, start), which must not cost the string's length
# per call.
text = "abc," * 20000
i = count = 0
while (i := text.find(",", i)) != -1:
    count += 1
    i += 1
print(count, text.rfind("a"), text.index("c", 10), text.rindex("b", 0, 9))
for s in ["voilà, ça va, déjà", "日本語,テキスト,です", "plain, ascii, text"]:
    print(s.find(","), s.find(",", s.find(",") + 1), s.rfind(","), s.find(",", -5),
          s.rfind(",", 0, 10), s.find("", 4), s.rfind(""), s.count(","))
    try:
        s.index("zz", 2)
    except ValueError as e:
        print("ValueError:", e)
