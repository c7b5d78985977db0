TEMPLATE = """
def render(ctx):
    out = []
    out.append("Hello, " + ctx["name"])
    out.append("You have " + ctx["count"] + " messages")
    return "\\n".join(out)
"""

namespace = {}
exec(TEMPLATE, namespace)
render = namespace["render"]
print(render({"name": "Ada", "count": "3"}))
print(render({"name": "Bob", "count": 5}))
