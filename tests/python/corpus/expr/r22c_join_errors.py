# str.join and the errors learners hit with it
print(", ".join(["a", "b", "c"]), "-".join("abc"), "".join(reversed("stressed")))
print(" ".join(str(n) for n in range(5)), "+".join(map(str, [1.5, 2, True])))
print("|".join([]), "|".join(["only"]), "\n".join(["l1", "l2"]))
print(",".join({"x": 1, "y": 2}), ",".join(("t", "u")))
for bad in [[1, 2, 3], ["a", None], ["ok", 2.5], [b"x"], 123]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    ["a", "b"].join(",")
except AttributeError as e:
    print("AttributeError:", e)
nums = [3, 1, 2]
print(", ".join(sorted(map(str, nums))), sum(nums))
words = "to be or not to be".split()
print(" ".join(w.capitalize() for w in words), " ".join(words[::-1]))
print("total: " + 5)
