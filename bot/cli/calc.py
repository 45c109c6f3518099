"""`regbot calc`: list the calculator tools or run one on JSON arguments."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

def calc(
    tool: Annotated[str | None, typer.Argument(help="Tool name (see --list)", show_default=False)] = None,
    arguments: Annotated[
        str | None,
        typer.Argument(help="With --json: the tool's arguments as a JSON object, or - to read them from stdin",
                       show_default=False),
    ] = None,
    list_tools: Annotated[bool, typer.Option("--list", help="List the tools with descriptions and arguments")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="TOOL --json '{...}': run on these JSON arguments; --list --json: JSON listing")
    ] = False,
) -> None:
    """Run a calculator tool: regbot calc TOOL --json '{...}' (or --json - for stdin); regbot calc --list [--json]."""
    # `--json` is a switch and the JSON is the next positional argument: typer options cannot take an optional
    # value, and `--list --json` must work without one.
    # Imported here so `regbot --help` stays light; the calculators need only pydantic.
    from calculators.errors import CalculatorInputError
    from calculators.registry import TOOLS, get_tool, run_tool

    if list_tools or tool is None:
        if as_json:
            listing = [
                {"name": s.name, "doc": s.doc, "description": s.description, "schema": s.input_model.model_json_schema()}
                for s in TOOLS
            ]
            typer.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        else:
            for spec in TOOLS:
                typer.echo(_describe(spec))
        return

    try:
        spec = get_tool(tool)
    except CalculatorInputError as err:
        _fail(str(err))
    if arguments is None:
        if as_json:
            _fail("--json: give the arguments as a JSON object, or - to read them from stdin")
        typer.echo(_describe(spec))
        typer.echo(f"\nrun it with: regbot calc {spec.name} --json '{{...}}'")
        return
    text = sys.stdin.read() if arguments == "-" else arguments
    try:
        args: Any = json.loads(text)
    except json.JSONDecodeError as err:
        _fail(f"--json: not valid JSON ({err.msg} at line {err.lineno} column {err.colno})")
    except RecursionError:
        _fail("--json: the JSON is nested too deeply to read (no calculator takes more than a few levels)")
    try:
        result = run_tool(spec.name, args)
    except CalculatorInputError as err:
        _fail(str(err))
    except RecursionError:
        _fail("--json: the arguments are nested too deeply")
    typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))


def _describe(spec: Any) -> str:
    """A tool's name, description and arguments for people."""
    schema = spec.input_model.model_json_schema()
    required = set(schema.get("required", []))
    lines = [f"{spec.name}  [{spec.doc}]", f"  {spec.description}"]
    for name, prop in schema.get("properties", {}).items():
        mark = "required" if name in required else f"default {json.dumps(prop['default'], ensure_ascii=False)}" \
            if "default" in prop else "optional"
        lines.append(f"    {name} ({mark}): {prop.get('description', '')}")
    return "\n".join(lines)


def _fail(message: str) -> None:
    for line in message.splitlines():
        typer.echo(line, err=True)
    raise typer.Exit(2)
