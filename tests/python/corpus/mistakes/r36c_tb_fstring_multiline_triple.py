# a summary block built with a triple-quoted f-string; one field is missing
stats = {"ok": 12, "failed": 3}

summary = f"""
Jobs finished: {stats['ok']}
Jobs failed:   {stats['failed']}
Jobs skipped:  {stats['skipped']}
"""
print(summary)
