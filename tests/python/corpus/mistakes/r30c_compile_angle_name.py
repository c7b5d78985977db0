# Rules loaded from text and compiled under the name "<rules>"; one rule fails.
rules_text = """
limit = 10
ratio = limit / 0
"""
rules = compile(rules_text, "<rules>", "exec")
namespace = {}
print("running rules")
exec(rules, namespace)
