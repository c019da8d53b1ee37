import type { CardData } from '../glossary/card';
import { formatStrength, LABELS, sourceLabels } from './labels';

export interface CardProps {
  card: CardData;
  onClose?: () => void;
}

/** The hover card. Everything is text rendered by Preact: nothing from the glossary becomes markup. */
export function Card({ card, onClose }: CardProps) {
  const labels = LABELS[card.lang];
  const { unit, rank } = card;
  const linkTexts = sourceLabels(card.sources);
  return (
    <div class="card" role="dialog" aria-label={labels.cardLabel(card.name)} lang={card.lang}>
      <header class="head">
        <div class="title">
          <h2 class="name">{card.name}</h2>
          <span class="category">{labels.categories[card.category]}</span>
        </div>
        {unit?.echelon && (
          <span class="echelon" title={labels.echelon}>
            {unit.echelon}
          </span>
        )}
        {rank && (
          <span class="echelon" title={labels.rankCode}>
            {rank.code}
          </span>
        )}
        {onClose && (
          <button type="button" class="close" aria-label={labels.close} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p class="definition">{card.definition}</p>
      {(unit || rank) && (
        <dl class="facts">
          {unit?.strength && (
            <>
              <dt>{labels.strength}</dt>
              <dd class="strength">{formatStrength(unit.strength, card.lang)}</dd>
            </>
          )}
          {unit && (
            <>
              <dt>{labels.composition}</dt>
              <dd>{unit.composition}</dd>
              <dt>{labels.commander}</dt>
              <dd>{unit.commander}</dd>
            </>
          )}
          {rank && (
            <>
              <dt>{labels.commands}</dt>
              <dd>{rank.commands}</dd>
            </>
          )}
        </dl>
      )}
      {card.note && <p class="note">{card.note}</p>}
      <footer class="foot">
        <p class="names">
          <span class="label">{labels.otherLanguages}: </span>
          {card.otherNames.map(({ lang, name }, i) => (
            <span key={lang} lang={lang}>
              {i > 0 && ' · '}
              <abbr class="lang">{lang.toUpperCase()}</abbr> {name}
            </span>
          ))}
        </p>
        <p class="sources">
          <span class="label">{labels.sources}: </span>
          {card.sources.map((url, i) => (
            <span key={url}>
              {i > 0 && ', '}
              <a href={url} target="_blank" rel="noopener noreferrer">
                {linkTexts[i]}
              </a>
            </span>
          ))}
        </p>
      </footer>
    </div>
  );
}
