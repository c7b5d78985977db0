# running a user's snippet with exec; it fails at runtime on its third line
user_code = """
prices = [3, 4, "5"]
total = 0
for p in prices:
    total += p
print(total)
"""
env = {}
exec(user_code, env)
