"""The loaded index: its facts, and a token-protected rebuild."""
from __future__ import annotations

from fastapi import APIRouter, Depends

from service.api.deps import RuntimeDep, require_admin
from service.api.models import IndexInfo, RebuildAccepted, RebuildInfo
from service.api.problems import problems

router = APIRouter(prefix="/v1/index", tags=["index"])


@router.get("", response_model=IndexInfo, responses=problems())
def index_info(runtime: RuntimeDep) -> IndexInfo:
    """The current index version, its counts and model, and the state of the last rebuild."""
    rebuild = RebuildInfo(**runtime.rebuild_status().to_json())
    reason = runtime.not_ready_reason()
    if reason is not None:
        return IndexInfo(ready=False, detail=reason, rebuild=rebuild)
    index = runtime.index()
    m = index.manifest
    model = {k: m.model.get(k) for k in ("name", "dimension", "fingerprint")}
    return IndexInfo(ready=True, version=index.version, built_at=m.built_at, format_version=m.format_version,
                     counts=m.counts, model=model, vectors=dict(m.vectors), rebuild=rebuild)


@router.post("/rebuild", status_code=202, response_model=RebuildAccepted, dependencies=[Depends(require_admin)],
             responses=problems(401, 409, 422, 503, _503="No admin token configured."))
def rebuild(runtime: RuntimeDep) -> RebuildAccepted:
    """Rebuild the index from the corpus in the background, then swap the new version in."""
    status = runtime.start_rebuild()
    assert status.job is not None  # a started rebuild has its job id
    return RebuildAccepted(job=status.job)
