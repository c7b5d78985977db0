# Gather fake API responses and dump a JSON report (json.dumps with indent and sort_keys).
import asyncio
import json

async def api(endpoint, status):
    await asyncio.sleep(0.01)
    if status >= 500:
        raise RuntimeError(f"{endpoint}: server error {status}")
    return {"endpoint": endpoint, "status": status, "items": list(range(status % 3))}

async def main():
    calls = [("/users", 200), ("/orders", 503), ("/stock", 404), ("/ping", 200)]
    results = await asyncio.gather(*(api(e, s) for e, s in calls), return_exceptions=True)
    report = {
        "ok": [r for r in results if isinstance(r, dict) and r["status"] < 400],
        "client_errors": [r["endpoint"] for r in results if isinstance(r, dict) and r["status"] >= 400],
        "failures": [str(r) for r in results if isinstance(r, Exception)],
        "ratio": round(sum(isinstance(r, dict) for r in results) / len(results), 2),
    }
    print(json.dumps(report, indent=2, sort_keys=True))
    print(json.dumps(results[0]), json.dumps({"err": repr(results[1])}))

asyncio.run(main())
